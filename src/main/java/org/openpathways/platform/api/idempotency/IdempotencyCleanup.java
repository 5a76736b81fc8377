package org.openpathways.platform.api.idempotency;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored responses whose retention has passed. Harmless when several instances run it at once: each deletes
 * whatever has expired.
 */
@Component
class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final IdempotencyRecords records;
    private final Clock clock;

    IdempotencyCleanup(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${openpathways.api.idempotency.cleanup-interval:PT1H}",
            fixedDelayString = "${openpathways.api.idempotency.cleanup-interval:PT1H}")
    void onSchedule() {
        removeExpired();
    }

    int removeExpired() {
        int removed = records.deleteExpired(clock.instant());
        if (removed > 0) {
            log.info("Removed {} expired idempotency records", removed);
        }
        return removed;
    }
}
