package org.openpathways.accounts.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per subject and locks a subject out for a while after too many. */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> lockedUntil(String subject, Instant now) {
        return jdbc.sql("select locked_until from accounts_sign_in_failure where subject = ? and locked_until > ?")
                .params(subject, Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Records a failure in its own transaction (a refused sign-in rolls nothing back) and locks the subject when the
     * failures within the window reach the limit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String subject, Instant now, int limit, Duration window, Duration lockout) {
        jdbc.sql("""
                        insert into accounts_sign_in_failure (subject, failures, first_failure_at)
                        values (:subject, 1, :now)
                        on conflict (subject) do update set
                            failures = case when accounts_sign_in_failure.first_failure_at < :windowStart
                                            then 1 else accounts_sign_in_failure.failures + 1 end,
                            first_failure_at = case when accounts_sign_in_failure.first_failure_at < :windowStart
                                            then :now else accounts_sign_in_failure.first_failure_at end
                        """)
                .param("subject", subject)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .update();
        jdbc.sql("""
                        update accounts_sign_in_failure set locked_until = :until, failures = 0, first_failure_at = :now
                        where subject = :subject and failures >= :limit
                        """)
                .param("subject", subject)
                .param("limit", limit)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lockout)))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String subject) {
        jdbc.sql("delete from accounts_sign_in_failure where subject = ?")
                .param(subject)
                .update();
    }
}
