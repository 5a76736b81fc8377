package org.openpathways.platform.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers again, every few minutes, the events whose listener failed (a mail server that was down comes back without
 * waiting for a restart). With several instances on one database, an advisory lock lets one of them do it at a time.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);
    /** Arbitrary constant naming the advisory lock of this job. */
    private static final long LOCK = 0x4f50_4556_5452_5931L;

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration olderThan;

    FailedEventRetry(
            IncompleteEventPublications incomplete,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${openpathways.events.retry-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.olderThan = olderThan;
    }

    @Scheduled(
            initialDelayString = "${openpathways.events.retry-interval:PT5M}",
            fixedDelayString = "${openpathways.events.retry-interval:PT5M}")
    void retry() {
        transactions.executeWithoutResult(status -> {
            Boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Boolean.class)
                    .single();
            if (Boolean.TRUE.equals(mine)) {
                incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
            }
        });
        log.debug("Checked for events to deliver again");
    }
}
