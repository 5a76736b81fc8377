package org.openpathways.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openpathways.cases.persistence.OwnershipRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who owned a case and who was in charge at each step, from its opening on. */
@Service
public class CaseOwnership {

    private final OwnershipRecords records;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseOwnership(OwnershipRecords records, Cases cases, AuditTrail audit, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The history of the case, oldest first.
     *
     * @throws ProblemException 404 {@code cases.not-found} when the actor may not see the case
     */
    @Transactional
    public List<OwnershipStep> history(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        audit.record(AuditRecord.of("cases.ownership-read", "case", caseId, Cases.CASE_WORK));
        return records.of(caseId);
    }

    /** The first step, in the transaction that opens the case. */
    @EventListener
    void opened(CaseOpened opened) {
        records.append(new OwnershipStep(
                UUID.randomUUID(),
                opened.caseId(),
                OwnershipStep.Kind.OPENED,
                opened.organisationId(),
                null,
                records.openedBy(opened.caseId()).orElse(null),
                null,
                clock.instant()));
    }
}
