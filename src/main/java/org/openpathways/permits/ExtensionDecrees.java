package org.openpathways.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.openpathways.permits.DecreeView.Status;
import org.openpathways.permits.persistence.DecreeExecution;
import org.openpathways.permits.persistence.DecreeRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension decrees (B9): a supervisor writes one, previews how many permits it selects, and another supervisor
 * executes it. Execution is one set-based statement ({@link DecreeExecution}) in one transaction with the decree's
 * status, its audit entry and one {@link DecreeExecuted} event; holders are told afterwards, one by one (see ADR 14).
 *
 * <p>Executing a decree a second time is refused with 409 {@code permits.decree-executed}; the statement itself also
 * extends no permit twice under the same decree. A decree that selects nothing is refused with 409
 * {@code permits.decree-selects-nothing} and stays a draft.
 */
@Service
public class ExtensionDecrees {

    private static final int LISTED = 200;

    private final DecreeRecords records;
    private final DecreeExecution execution;
    private final DecreeRules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtensionDecrees(
            DecreeRecords records,
            DecreeExecution execution,
            DecreeRules rules,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.execution = execution;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What is wrong with a draft, field by field; empty when it can be created. */
    public List<DecreeDraft.Problem> problems(DecreeDraft draft) {
        return rules.problems(draft);
    }

    /**
     * Creates a draft decree.
     *
     * @throws ProblemException 403 for anyone but a supervisor; 400 {@code permits.decree-invalid} naming the first
     *     {@code field} that is not acceptable (check {@link #problems} first to show them all)
     */
    @Transactional
    public DecreeView create(DecreeDraft draft, PermitReader reader) {
        requireSupervisor(reader);
        List<DecreeDraft.Problem> problems = rules.problems(draft);
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "permits.decree-invalid")
                    .with("field", problems.get(0).field());
        }
        DecreeView decree = new DecreeView(
                UUID.randomUUID(),
                draft.title().strip(),
                draft.legalBasis().strip(),
                rules.selection(draft),
                rules.extension(draft),
                Status.DRAFT,
                actor(reader),
                now(),
                null,
                null,
                null,
                0);
        records.insert(decree);
        audit.record(AuditRecord.of("permits.decree-created", "decree", decree.id(), "decree-drafting"));
        return decree;
    }

    /** The latest decrees first (at most 200). */
    @Transactional(readOnly = true)
    public List<DecreeView> decrees(PermitReader reader) {
        requireSupervisor(reader);
        return records.latest(LISTED);
    }

    /** @throws ProblemException 404 {@code permits.decree-not-found} */
    @Transactional(readOnly = true)
    public DecreeView decree(UUID id, PermitReader reader) {
        requireSupervisor(reader);
        return records.find(id).orElseThrow(ExtensionDecrees::notFound);
    }

    /**
     * How many permits the decree would extend if executed now, changing nothing. Audited (purpose
     * {@code decree-preview}): the breakdown says something about groups of holders.
     */
    @Transactional
    public DecreePreview preview(UUID id, PermitReader reader) {
        requireSupervisor(reader);
        DecreeView decree = records.find(id).orElseThrow(ExtensionDecrees::notFound);
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byNationality = new TreeMap<>();
        long total = 0;
        for (DecreeExecution.Count count :
                execution.count(decree.selection(), storedForms(decree), decree.extension(), decree.reference())) {
            total += count.permits();
            byType.merge(count.permitType(), count.permits(), Long::sum);
            String nationality = Nationalities.alpha3(count.nationality()).orElse(count.nationality());
            byNationality.merge(nationality, count.permits(), Long::sum);
        }
        audit.record(AuditRecord.of("permits.decree-previewed", "decree", id, "decree-preview")
                .with("permits", Long.toString(total)));
        return new DecreePreview(total, cells(byType), cells(byNationality));
    }

    /**
     * Extends every permit the decree selects, in one statement, and tells the holders after commit.
     *
     * @throws ProblemException 404 {@code permits.decree-not-found}; 409 {@code permits.decree-executed} when it was
     *     executed already; 409 {@code permits.decree-own} when the reader created it; 409
     *     {@code permits.decree-selects-nothing} when no permit matches (nothing changes)
     */
    @Transactional
    public DecreeView execute(UUID id, PermitReader reader) {
        requireSupervisor(reader);
        DecreeView decree = records.lock(id).orElseThrow(ExtensionDecrees::notFound);
        if (decree.status() == Status.EXECUTED) {
            throw ProblemException.conflict("permits.decree-executed");
        }
        String actor = actor(reader);
        if (decree.createdBy().equals(actor)) {
            throw ProblemException.conflict("permits.decree-own");
        }
        Instant now = now();
        int extended = execution.execute(
                decree.selection(), storedForms(decree), decree.extension(), decree.reference(), actor, now);
        if (extended == 0) {
            throw ProblemException.conflict("permits.decree-selects-nothing");
        }
        records.markExecuted(id, actor, now, extended);
        audit.record(AuditRecord.of("permits.decree-executed", "decree", id, "decree-execution")
                .with("permits", Integer.toString(extended)));
        events.publishEvent(new DecreeExecuted(id, extended));
        return records.find(id).orElseThrow();
    }

    private static List<String> storedForms(DecreeView decree) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        decree.selection().nationalities().forEach(code -> forms.addAll(Nationalities.storedForms(code)));
        return List.copyOf(forms);
    }

    private static List<DecreePreview.Cell> cells(Map<String, Long> counts) {
        List<DecreePreview.Cell> cells = new ArrayList<>();
        counts.forEach((key, count) -> cells.add(DecreePreview.Cell.of(key, count)));
        cells.sort(Comparator.comparing(DecreePreview.Cell::key));
        return cells;
    }

    private static void requireSupervisor(PermitReader reader) {
        if (!reader.mayDecree()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }

    private static String actor(PermitReader reader) {
        return "account:" + reader.accountId();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("permits.decree-not-found");
    }
}
