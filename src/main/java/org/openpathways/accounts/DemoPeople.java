package org.openpathways.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, the demo people other modules give demo data to (their applications, permits, cases). Modules that
 * load demo data run after the demo accounts ({@link Order} above 10).
 */
@Component
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
public class DemoPeople {

    static final String APPLICANT = "applicant@example.org";

    private final StoredAccounts accounts;

    DemoPeople(StoredAccounts accounts) {
        this.accounts = accounts;
    }

    /** The other demo applicants, whose applications fill the staff queues. */
    static final List<String> OTHER_APPLICANTS = List.of(
            "moussa.diop@example.org",
            "maria.flores@example.org",
            "omar.khalil@example.org",
            "grace.mwangi@example.org",
            "lan.tran@example.org");

    /** The demo caseworker's account; empty until the demo accounts are loaded. */
    @Transactional(readOnly = true)
    public Optional<UUID> caseworker() {
        return account("caseworker@example.org");
    }

    @Transactional(readOnly = true)
    public Optional<UUID> supervisor() {
        return account("supervisor@example.org");
    }

    @Transactional(readOnly = true)
    public Optional<UUID> consular() {
        return account("consular@example.org");
    }

    /** The demo child-protection officers: the first one, then the panel members added for best-interests panels. */
    @Transactional(readOnly = true)
    public List<UUID> childProtection() {
        return CHILD_PROTECTION.stream()
                .flatMap(email -> account(email).stream())
                .toList();
    }

    static final List<String> CHILD_PROTECTION =
            List.of("child-protection@example.org", "child-protection-2@example.org", "child-protection-3@example.org");

    @Transactional(readOnly = true)
    public Optional<UUID> reviewer() {
        return account("reviewer@example.org");
    }

    /** The demo applicants other than the main one, those already loaded. */
    @Transactional(readOnly = true)
    public List<UUID> otherApplicants() {
        return OTHER_APPLICANTS.stream()
                .flatMap(email -> account(email).stream())
                .toList();
    }

    /** A demo account by its e-mail address; empty until the demo accounts are loaded. */
    @Transactional(readOnly = true)
    public Optional<UUID> account(String email) {
        return accounts.findByEmail(EmailAddress.parse(email).orElseThrow()).map(account -> account.id());
    }

    /** The demo applicant's account; empty until the demo accounts are loaded. */
    @Transactional(readOnly = true)
    public Optional<UUID> applicant() {
        return accounts.findByEmail(EmailAddress.parse(APPLICANT).orElseThrow()).map(account -> account.id());
    }

    /** The demo service providers' members, by e-mail address (referrals): those already loaded. */
    @Transactional(readOnly = true)
    public Map<String, UUID> serviceProviders() {
        Map<String, UUID> members = new LinkedHashMap<>();
        for (String email : SERVICE_PROVIDERS) {
            account(email).ifPresent(id -> members.put(email, id));
        }
        return members;
    }

    static final List<String> SERVICE_PROVIDERS =
            List.of("service-provider@example.org", "clinic@example.org", "legal-aid@example.org");
}
