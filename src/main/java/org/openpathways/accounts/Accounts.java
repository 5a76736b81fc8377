package org.openpathways.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.AccountStatus;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.domain.PasswordPolicy;
import org.openpathways.accounts.domain.SecondFactorPolicy;
import org.openpathways.accounts.domain.TokenPurpose;
import org.openpathways.accounts.domain.Totp;
import org.openpathways.accounts.persistence.OneTimeTokens;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.accounts.persistence.StoredOrganisations;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.shared.text.PlainTextValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service on accounts: registering, confirming an address, choosing a new password, reading and changing one's
 * own account, and setting up a second factor. Every change is audited and raises its event in the same transaction.
 */
@Service
public class Accounts {

    public static final int MAX_NAME_LENGTH = 200;

    private final StoredAccounts accounts;
    private final StoredOrganisations organisations;
    private final OneTimeTokens tokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final SecondFactorPolicy secondFactor;
    private final Clock clock;

    Accounts(
            StoredAccounts accounts,
            StoredOrganisations organisations,
            OneTimeTokens tokens,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            AuditTrail audit,
            SecondFactorPolicy secondFactor,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.events = events;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    /**
     * Opens an applicant account that must be confirmed from the e-mail sent. The answer is the same whether or not
     * the address already has an account (its holder gets an e-mail instead), so nobody can learn who is registered.
     */
    @Transactional
    public void register(Registration registration) {
        EmailAddress email = email(registration.email());
        String name = plainText(registration.displayName(), "display-name");
        checkPassword(registration.password(), email);
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            audit.record(AuditRecord.of(
                    "accounts.registration-repeated", "account", existing.get().id(), "registration"));
            events.publishEvent(new RegistrationRepeated(existing.get().id()));
            return;
        }
        Account account = Account.registeredApplicant(
                email, name, passwords.encode(registration.password()), registration.language(), clock.instant());
        accounts.insert(account);
        audit.record(AuditRecord.of("accounts.registered", "account", account.id(), "registration"));
        events.publishEvent(new AccountRegistered(account.id()));
    }

    /** Whether a confirmation link is still good, so the page can say so before the person presses the button. */
    @Transactional(readOnly = true)
    public boolean confirmationLinkValid(String token) {
        return tokens.holder(token, TokenPurpose.CONFIRM_EMAIL, clock.instant()).isPresent();
    }

    /** Confirms the address the link was sent to; a used, expired or unknown link is refused. */
    @Transactional
    public void confirmEmail(String token) {
        Instant now = clock.instant();
        UUID id = tokens.use(token, TokenPurpose.CONFIRM_EMAIL, now)
                .orElseThrow(() -> ProblemException.unprocessable("link-invalid"));
        Account account = load(id);
        account.confirmEmail(now);
        accounts.update(account);
        audit.record(AuditRecord.of("accounts.email-confirmed", "account", id, "registration")
                .by("account:" + id));
        events.publishEvent(new EmailAddressConfirmed(id));
    }

    /** Sends a link to choose a new password if the address has an account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String emailText) {
        Optional<EmailAddress> email = EmailAddress.parse(emailText);
        if (email.isEmpty()) {
            throw invalid("email", "email-invalid");
        }
        accounts.findByEmail(email.get())
                .filter(account -> account.status() != AccountStatus.DISABLED)
                .ifPresent(account -> {
                    audit.record(AuditRecord.of(
                            "accounts.password-reset-requested", "account", account.id(), "password-reset"));
                    events.publishEvent(new PasswordResetRequested(account.id()));
                });
    }

    /** Whether a link to set or reset a password is still good. */
    @Transactional(readOnly = true)
    public boolean passwordLinkValid(String token) {
        Instant now = clock.instant();
        return tokens.holder(token, TokenPurpose.RESET_PASSWORD, now).isPresent()
                || tokens.holder(token, TokenPurpose.SET_PASSWORD, now).isPresent();
    }

    /** Sets a new password from an e-mailed link (reset, or a new member's first password). */
    @Transactional
    public void choosePassword(String token, String newPassword) {
        Instant now = clock.instant();
        UUID id = tokens.holder(token, TokenPurpose.RESET_PASSWORD, now)
                .or(() -> tokens.holder(token, TokenPurpose.SET_PASSWORD, now))
                .orElseThrow(() -> ProblemException.unprocessable("link-invalid"));
        Account account = load(id);
        checkPassword(newPassword, account.email());
        tokens.use(token, TokenPurpose.RESET_PASSWORD, now)
                .or(() -> tokens.use(token, TokenPurpose.SET_PASSWORD, now))
                .orElseThrow(() -> ProblemException.unprocessable("link-invalid"));
        account.setPassword(passwords.encode(newPassword), now);
        accounts.update(account);
        tokens.retire(id, TokenPurpose.RESET_PASSWORD, now);
        audit.record(AuditRecord.of("accounts.password-set", "account", id, "password-reset")
                .by("account:" + id));
        events.publishEvent(new PasswordChanged(id));
    }

    /** Changes the signed-in person's password after checking the current one. */
    @Transactional
    public void changePassword(UUID id, String currentPassword, String newPassword) {
        Account account = load(id);
        if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw invalid("currentPassword", "password-wrong");
        }
        checkPassword(newPassword, account.email());
        account.setPassword(passwords.encode(newPassword), clock.instant());
        accounts.update(account);
        audit.record(AuditRecord.of("accounts.password-changed", "account", id, "self-service"));
        events.publishEvent(new PasswordChanged(id));
    }

    /** The signed-in person's own account; reading it decrypts personal data, so it is audited. */
    @Transactional
    public OwnAccount ownAccount(UUID id) {
        Account account = load(id);
        audit.record(AuditRecord.of("accounts.read", "account", id, "self-service"));
        return view(account);
    }

    /** Renames and sets the language of the signed-in person's account, if nobody changed it meanwhile. */
    @Transactional
    public OwnAccount updatePreferences(UUID id, int expectedVersion, String displayName, Language language) {
        Account account = load(id);
        if (account.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("The account changed since it was read");
        }
        account.rename(plainText(displayName, "display-name"));
        account.preferLanguage(language);
        accounts.update(account);
        audit.record(AuditRecord.of("accounts.preferences-changed", "account", id, "self-service"));
        return view(load(id));
    }

    /** Remembers the language a signed-in person switched to. */
    @Transactional
    public void rememberLanguage(UUID id, Language language) {
        Account account = load(id);
        if (account.preferredLanguage() != language) {
            account.preferLanguage(language);
            accounts.update(account);
            audit.record(AuditRecord.of("accounts.language-changed", "account", id, "self-service")
                    .with("language", language.code()));
        }
    }

    /** The preferred language of an account, for pages and messages. */
    @Transactional(readOnly = true)
    public Language languageOf(UUID id) {
        return load(id).preferredLanguage();
    }

    /** Starts setting up an authenticator app: a new secret that is kept only once a first code proves it. */
    public TwoFactorEnrolment startSecondFactorEnrolment(String accountLabel) {
        String secret = Totp.newSecret();
        return new TwoFactorEnrolment(secret, Totp.provisioningUri("OpenPathways", accountLabel, secret));
    }

    /** Keeps the secret if the code shows the authenticator app holds it. */
    @Transactional
    public void completeSecondFactorEnrolment(UUID id, String secret, String code) {
        Account account = load(id);
        Instant now = clock.instant();
        long step = Totp.verify(secret, code, now, null).orElseThrow(() -> invalid("code", "code-wrong"));
        account.enrolSecondFactor(secret, step, now);
        accounts.update(account);
        audit.record(AuditRecord.of("accounts.second-factor-enrolled", "account", id, "sign-in-security")
                .by("account:" + id));
    }

    /** Whether this account must use a second factor to sign in. */
    @Transactional(readOnly = true)
    public boolean secondFactorRequired(UUID id) {
        return secondFactor.required(load(id));
    }

    Account load(UUID id) {
        return accounts.find(id).orElseThrow(() -> ProblemException.notFound("account-not-found"));
    }

    OwnAccount view(Account account) {
        String organisation = account.organisationId() == null
                ? null
                : organisations
                        .find(account.organisationId())
                        .map(Organisation::name)
                        .orElse(null);
        return new OwnAccount(
                account.id(),
                account.email().value(),
                account.displayName(),
                account.preferredLanguage(),
                account.roles(),
                organisation,
                account.secondFactorEnrolled(),
                secondFactor.required(account),
                account.createdAt(),
                account.version());
    }

    static EmailAddress email(String text) {
        return EmailAddress.parse(text).orElseThrow(() -> invalid("email", "email-invalid"));
    }

    static String plainText(String text, String field) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw invalid(field, field + "-missing");
        }
        PlainTextValidator.problem(trimmed, MAX_NAME_LENGTH).ifPresent(problem -> {
            throw invalid(field, "text-" + problem);
        });
        return trimmed;
    }

    static void checkPassword(String password, EmailAddress email) {
        PasswordPolicy.problem(password, email.value()).ifPresent(problem -> {
            throw invalid("password", "password-" + problem);
        });
    }

    static ProblemException invalid(String field, String type) {
        return ProblemException.unprocessable(type).with("field", field);
    }
}
