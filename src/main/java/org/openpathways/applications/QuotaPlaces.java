package org.openpathways.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openpathways.agreements.Quotas;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.permits.PermitRevoked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives back the quota places of a permit that was revoked, so that they can go to someone else: an approval took them
 * (see {@link Decisions}), a revocation returns them. Runs after the revocation committed, in its own transaction.
 */
@Component
class QuotaPlaces {

    private final DecisionRecords decisions;
    private final Quotas quotas;
    private final Clock clock;
    private final ZoneId zone;

    QuotaPlaces(
            DecisionRecords decisions,
            Quotas quotas,
            Clock clock,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone) {
        this.decisions = decisions;
        this.quotas = quotas;
        this.clock = clock;
        this.zone = zone;
    }

    @ApplicationModuleListener
    void on(PermitRevoked event) {
        decisions.permitOrigin(event.permitNumber()).ifPresent(origin -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            quotas.quotasFor(origin.pathwayCode(), today)
                    .forEach(quota -> quotas.release(quota.code(), origin.reference()));
        });
    }
}
