package org.openpathways.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.Cases;
import org.openpathways.cases.NewCase;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Providers in the directory, referring staff with an organisation and their cases, written through the modules'
 * own services where they have one.
 */
final class ReferralFixtures {

    private final JdbcClient jdbc;
    private final CaseFixtures cases;
    private final ProviderRecords providers;
    private final Cases caseService;
    private final TransactionTemplate transactions;

    ReferralFixtures(JdbcClient jdbc, ProviderRecords providers, Cases caseService, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.cases = new CaseFixtures(jdbc);
        this.providers = providers;
        this.caseService = caseService;
        this.transactions = transactions;
    }

    /** A service-provider organisation in the directory offering these services, with ten places. */
    UUID aProvider(ServiceType... services) {
        return aProvider(10, services);
    }

    UUID aProvider(int capacity, ServiceType... services) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into accounts_organisation (id, name, kind, created_at)"
                        + " values (?, ?, 'SERVICE_PROVIDER', now())")
                .params(id, "Provider " + id)
                .update();
        providers.save(
                id,
                "Provider " + id,
                List.of(services),
                List.of("North"),
                List.of("ar", "en"),
                capacity,
                null,
                Instant.now());
        return id;
    }

    UUID anOrganisation() {
        return cases.anOrganisation();
    }

    Member aMember(UUID organisation, Role role) {
        return cases.aMember(organisation, role);
    }

    CaseFile aCase(Member opener, NewCase typed) {
        return transactions.execute(status -> caseService.open(opener.actor(), typed));
    }
}
