package org.openpathways.agreements;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpathways.agreements.persistence.QuotaRecords;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.shared.text.PlainTextValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotas agreements set, for the modules that decide applications: how many places are left (also as eligibility
 * facts {@code quota.<code>.remaining}), and taking and giving back a place for an application.
 *
 * <p>{@link #allocate} and {@link #release} must run inside the caller's transaction (the one that approves, revokes or
 * withdraws), so that the decision and the place are committed together or not at all. Allocations of one quota wait
 * for each other on the quota's row lock, so that concurrent approvals never take more places than there are (see ADR
 * 0015).
 */
@Service
public class Quotas {

    static final int MAX_REFERENCE_LENGTH = 100;

    private final QuotaRecords records;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Quotas(QuotaRecords records, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The places left in the quota now.
     *
     * @throws ProblemException 404 {@code agreements.quota-not-found}
     */
    @Transactional(readOnly = true)
    public int remaining(String quotaCode) {
        return records.find(quotaCode).orElseThrow(Quotas::notFound).remaining();
    }

    /** The quota and its use now. */
    @Transactional(readOnly = true)
    public Optional<QuotaUse> quota(String quotaCode) {
        return records.find(quotaCode);
    }

    /** The quotas of agreements in force that draw on the pathway and whose period includes the date. */
    @Transactional(readOnly = true)
    public List<QuotaUse> quotasFor(String pathwayCode, LocalDate date) {
        return records.forPathway(pathwayCode, date);
    }

    /**
     * The places left in each quota of {@link #quotasFor}, as the eligibility facts {@code quota.<code>.remaining} the
     * pathway's rules read through {@code QuotaAvailable}.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> remainingFacts(String pathwayCode, LocalDate date) {
        Map<String, BigDecimal> facts = new LinkedHashMap<>();
        for (QuotaUse quota : records.forPathway(pathwayCode, date)) {
            facts.put(Fact.quotaRemaining(quota.code()).name(), BigDecimal.valueOf(quota.remaining()));
        }
        return facts;
    }

    /**
     * Takes a place in the quota for the application, in the caller's transaction. Allocating again for an application
     * that holds a place changes nothing. A refusal writes nothing, so the caller may catch it and go on (to refuse or
     * defer the application) in the same transaction.
     *
     * @throws ProblemException 409 {@code agreements.quota-exhausted} when no place is left; 404
     *     {@code agreements.quota-not-found}; 422 for an application reference that is blank or not plain text
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ProblemException.class)
    public Allocation allocate(String quotaCode, String applicationReference) {
        String reference = reference(applicationReference);
        QuotaUse quota = records.lock(quotaCode).orElseThrow(Quotas::notFound);
        if (records.holds(quota.code(), reference)) {
            return Allocation.ALREADY_ALLOCATED;
        }
        int used = records.take(quota.code(), reference, now())
                .orElseThrow(() -> ProblemException.conflict("agreements.quota-exhausted", quota.code())
                        .with("quota", quota.code()));
        audit.record(AuditRecord.of("agreements.quota-allocated", "quota", quota.code(), "quota-allocation")
                .with("application", reference)
                .with("used", Integer.toString(used)));
        if (used == quota.capacity()) {
            events.publishEvent(new QuotaExhausted(quota.code(), quota.agreementCode(), quota.capacity()));
        }
        return Allocation.ALLOCATED;
    }

    /**
     * Gives back the application's place (its approval was revoked or the application withdrawn), in the caller's
     * transaction. Releasing a place the application does not hold changes nothing.
     *
     * @return whether a place was given back
     * @throws ProblemException 404 {@code agreements.quota-not-found}
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ProblemException.class)
    public boolean release(String quotaCode, String applicationReference) {
        String reference = reference(applicationReference);
        QuotaUse quota = records.lock(quotaCode).orElseThrow(Quotas::notFound);
        if (!records.giveBack(quota.code(), reference, now())) {
            return false;
        }
        audit.record(AuditRecord.of("agreements.quota-released", "quota", quota.code(), "quota-allocation")
                .with("application", reference));
        return true;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String reference(String applicationReference) {
        String trimmed = applicationReference.strip();
        if (trimmed.isEmpty()
                || PlainTextValidator.problem(trimmed, MAX_REFERENCE_LENGTH).isPresent()) {
            throw ProblemException.unprocessable("agreements.reference-invalid").with("field", "applicationReference");
        }
        return trimmed;
    }

    static ProblemException notFound() {
        return ProblemException.notFound("agreements.quota-not-found");
    }
}
