package org.openpathways.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.accounts.persistence.StoredOrganisations;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of organisations and their members' accounts, for {@code ADMIN} only. Administrators manage who can
 * sign in and with which roles; they never see case contents.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Organisations {

    public static final int MAX_PAGE_SIZE = 100;

    /** How many accounts' organisations {@link #organisationOf} keeps before it starts again. */
    static final int KEPT_ORGANISATIONS_OF_ACCOUNTS = 10_000;

    private final StoredOrganisations organisations;
    private final StoredAccounts accounts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * The organisation of each staff account asked about. A staff account is created in its organisation and never
     * moves (nothing updates {@code accounts_account.organisation_id}), so what was read once stays true; every request
     * of a member asks, and the answer costs a query and a transaction otherwise. Accounts without an organisation are
     * not kept (an id may be asked about before its account exists).
     */
    private final Map<UUID, UUID> organisationOfAccount = new ConcurrentHashMap<>();

    Organisations(
            StoredOrganisations organisations,
            StoredAccounts accounts,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(String name, OrganisationKind kind) {
        String cleanName = Accounts.plainText(name, "name");
        if (organisations.existsNamed(cleanName)) {
            throw ProblemException.conflict("organisation-exists").with("field", "name");
        }
        Organisation organisation = new Organisation(UUID.randomUUID(), cleanName, kind, clock.instant(), 0);
        organisations.insert(organisation);
        audit.record(
                AuditRecord.of("accounts.organisation-created", "organisation", organisation.id(), "administration")
                        .with("kind", kind.name()));
        return organisation;
    }

    @Transactional(readOnly = true)
    public List<Organisation> page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.unprocessable("invalid-page");
        }
        return organisations.page(page, size);
    }

    @Transactional(readOnly = true)
    public long count() {
        return organisations.count();
    }

    @Transactional(readOnly = true)
    public Organisation organisation(UUID id) {
        return organisations.find(id).orElseThrow(() -> ProblemException.notFound("organisation-not-found"));
    }

    /**
     * The organisation an account works for, so that other modules can tell whose records a member may see. Open to
     * every caller: it names an organisation id, nothing about the person.
     *
     * @return empty for applicants, accounts without an organisation and unknown ids
     */
    @PreAuthorize("permitAll()")
    public Optional<UUID> organisationOf(UUID account) {
        UUID known = organisationOfAccount.get(account);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = accounts.organisationOf(account);
        found.ifPresent(organisation -> {
            if (organisationOfAccount.size() >= KEPT_ORGANISATIONS_OF_ACCOUNTS) {
                organisationOfAccount.clear();
            }
            organisationOfAccount.put(account, organisation);
        });
        return found;
    }

    /** The organisation's members; shows their names and addresses, so the read is audited. */
    @Transactional
    public List<OrganisationMember> members(UUID organisationId) {
        organisation(organisationId);
        audit.record(AuditRecord.of("accounts.members-read", "organisation", organisationId, "administration"));
        return accounts.inOrganisation(organisationId).stream()
                .map(Organisations::member)
                .toList();
    }

    /**
     * Creates an account for a member of the organisation with roles the organisation's kind allows. The person gets
     * an e-mail with a link to choose their password; they then set up their second factor.
     */
    @Transactional
    public OrganisationMember addMember(
            UUID organisationId, String emailText, String displayName, Set<Role> roles, Language language) {
        Organisation organisation = organisation(organisationId);
        EmailAddress email = Accounts.email(emailText);
        String name = Accounts.plainText(displayName, "display-name");
        if (roles.isEmpty()) {
            throw Accounts.invalid("roles", "roles-missing");
        }
        for (Role role : roles) {
            if (!organisation.kind().allows(role)) {
                throw Accounts.invalid("roles", "role-not-allowed");
            }
        }
        if (accounts.existsWithEmail(email)) {
            throw ProblemException.conflict("account-exists").with("field", "email");
        }
        Instant now = clock.instant();
        Account account = Account.organisationMember(email, name, organisationId, roles, language, now);
        accounts.insert(account);
        audit.record(AuditRecord.of("accounts.member-created", "account", account.id(), "administration")
                .with("organisation", organisationId.toString())
                .with("roles", roles.toString()));
        events.publishEvent(new StaffAccountCreated(account.id()));
        return member(account);
    }

    /** Stops an account from signing in; its records stay. */
    @Transactional
    public void disable(UUID accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> ProblemException.notFound("account-not-found"));
        account.disable();
        accounts.update(account);
        audit.record(AuditRecord.of("accounts.disabled", "account", accountId, "administration"));
    }

    /** Removes a member's second factor (lost phone); they must enrol a new one at their next sign-in. */
    @Transactional
    public void resetSecondFactor(UUID accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> ProblemException.notFound("account-not-found"));
        account.removeSecondFactor();
        accounts.update(account);
        audit.record(AuditRecord.of("accounts.second-factor-reset", "account", accountId, "administration"));
    }

    /**
     * An active staff member's organisation and roles, without their name, so that other modules can check who may be
     * put in charge of something. Open to every caller: it tells nothing about applicants.
     *
     * @return empty for applicants, accounts that are not active and unknown ids
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StaffMember> staffMember(UUID account) {
        return accounts.activeStaff(account);
    }

    /** The active staff members of an organisation with their names, by name; open to every caller. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(UUID organisationId) {
        return accounts.activeStaffOf(organisationId).stream()
                .filter(member -> member.displayName() != null)
                .sorted(java.util.Comparator.comparing(member -> String.valueOf(member.displayName())))
                .toList();
    }

    /**
     * The active staff members holding the role in any organisation, with their names, by name; open to every caller,
     * like {@link #staffOf}.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<StaffMember> staffWithRole(Role role) {
        return accounts.activeStaffWithRole(role).stream()
                .filter(member -> member.displayName() != null)
                .sorted(java.util.Comparator.comparing(member -> String.valueOf(member.displayName())))
                .toList();
    }

    /** An organisation, for any caller: its name and kind are public information. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return organisations.find(id);
    }

    /** The organisations of these kinds, by name, for any caller. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Organisation> ofKinds(Set<OrganisationKind> kinds) {
        return organisations.ofKinds(kinds);
    }

    private static OrganisationMember member(Account account) {
        return new OrganisationMember(
                account.id(),
                account.email().value(),
                account.displayName(),
                account.roles(),
                account.status().name(),
                account.secondFactorEnrolled());
    }
}
