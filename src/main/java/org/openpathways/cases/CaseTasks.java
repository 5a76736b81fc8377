package org.openpathways.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.persistence.CaseRecords;
import org.openpathways.cases.persistence.TaskRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks on a case: created by anyone who works on it, in the charge of a member of the owning organisation who works on
 * cases, done by the one in charge, the one who created it or a supervisor of the owning organisation. A task still open
 * after its due date is overdue; each person sees theirs on their tasks page, supervisors their organisation's.
 */
@Service
public class CaseTasks {

    static final int LIMIT = 200;

    private final TaskRecords tasks;
    private final CaseRecords records;
    private final Cases cases;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    CaseTasks(
            TaskRecords tasks,
            CaseRecords records,
            Cases cases,
            Organisations organisations,
            AuditTrail audit,
            Clock clock,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone) {
        this.tasks = tasks;
        this.records = records;
        this.cases = cases;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @throws ProblemException 404 when the actor may not see the case; 422 {@code cases.task-invalid} naming the
     *     fields in error (a title, a due date not in the past, someone who may work on the case)
     */
    @Transactional
    public CaseTask create(CaseActor actor, UUID caseId, NewTask typed) {
        CaseRecords.Access access = visible(actor, caseId);
        List<String> wrong = CaseRules.errors();
        String title = CaseRules.text(typed.title(), 200, true, false, "title", wrong);
        LocalDate today = today();
        if (typed.dueDate() == null || typed.dueDate().isBefore(today)) {
            wrong.add("dueDate");
        }
        UUID assignee = typed.assignedTo() == null ? actor.account() : typed.assignedTo();
        boolean mayWork = assignee.equals(actor.account())
                || organisations
                        .staffMember(assignee)
                        .map(member -> CaseRules.mayWorkOn(member, access.organisationId()))
                        .orElse(false);
        if (!mayWork) {
            wrong.add("assignedTo");
        }
        CaseRules.refuseIfAny(wrong, "cases.task-invalid");
        UUID id = UUID.randomUUID();
        tasks.insert(id, caseId, title, typed.dueDate(), assignee, actor.account(), clock.instant());
        audit.record(AuditRecord.of("cases.task-created", "case", caseId, Cases.CASE_WORK)
                .with("task", id.toString())
                .with("assignee", assignee.toString()));
        return tasks.find(caseId, id, today).orElseThrow();
    }

    /**
     * @throws ProblemException 404 when the actor may not see the case or it has no such task; 403
     *     {@code cases.task-not-yours} unless the actor is in charge of it, created it or supervises the owning
     *     organisation; 409 {@code cases.task-done} when it is already done, {@code cases.stale} when it changed since
     *     {@code expectedVersion}
     */
    @Transactional
    public CaseTask complete(CaseActor actor, UUID caseId, UUID taskId, long expectedVersion) {
        CaseRecords.Access access = visible(actor, caseId);
        LocalDate today = today();
        CaseTask task =
                tasks.find(caseId, taskId, today).orElseThrow(() -> ProblemException.notFound("cases.task-not-found"));
        boolean allowed = task.assignedTo().equals(actor.account())
                || task.createdBy().equals(actor.account())
                || actor.has(Role.SUPERVISOR) && actor.memberOf(access.organisationId());
        if (!allowed) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.task-not-yours");
        }
        if (!task.open()) {
            throw ProblemException.conflict("cases.task-done");
        }
        try {
            tasks.complete(taskId, actor.account(), clock.instant(), expectedVersion);
        } catch (OptimisticLockingFailureException stale) {
            throw ProblemException.conflict("cases.stale");
        }
        audit.record(AuditRecord.of("cases.task-completed", "case", caseId, Cases.CASE_WORK)
                .with("task", taskId.toString()));
        return tasks.find(caseId, taskId, today).orElseThrow();
    }

    /** The case's tasks, open ones first by due date. @throws ProblemException 404 as {@link Cases#find} */
    @Transactional(readOnly = true)
    public List<CaseTask> ofCase(CaseActor actor, UUID caseId) {
        visible(actor, caseId);
        return tasks.ofCase(caseId, today());
    }

    /** The open tasks in the actor's charge on cases they may still see, by due date, overdue ones flagged. */
    @Transactional(readOnly = true)
    public List<CaseTask> mine(CaseActor actor) {
        if (!actor.caseStaff()) {
            return List.of();
        }
        return tasks.openFor(actor.account(), today(), LIMIT).stream()
                .filter(task -> cases.visibleTo(actor, task.caseId()))
                .toList();
    }

    /** For a supervisor: the overdue tasks on the cases their organisation owns, by due date; empty for others. */
    @Transactional(readOnly = true)
    public List<CaseTask> overdueInOrganisation(CaseActor actor) {
        if (!actor.has(Role.SUPERVISOR) || actor.organisationId() == null) {
            return List.of();
        }
        return tasks.overdueIn(actor.organisationId(), today(), LIMIT);
    }

    private CaseRecords.Access visible(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        return records.access(caseId).orElseThrow(() -> ProblemException.notFound("cases.not-found"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
