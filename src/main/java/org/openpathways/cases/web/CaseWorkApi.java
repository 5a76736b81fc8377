package org.openpathways.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseNote;
import org.openpathways.cases.CaseNotes;
import org.openpathways.cases.CaseOwnership;
import org.openpathways.cases.CaseTask;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.Cases;
import org.openpathways.cases.NewTask;
import org.openpathways.cases.OwnershipStep;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.Versioned;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working on a case through the API: assignment and the ownership history, tasks, and notes. Refusals are problem
 * details; a case the caller may not see is 404.
 */
@RestController
@Tag(name = "Case management", description = "Assignment, tasks and notes of a protection case")
class CaseWorkApi {

    static final String CASE = CasesApi.PATH + "/{id}";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Cases cases;
    private final CaseOwnership ownership;
    private final CaseTasks tasks;
    private final CaseNotes notes;
    private final CaseActors actors;

    CaseWorkApi(Cases cases, CaseOwnership ownership, CaseTasks tasks, CaseNotes notes, CaseActors actors) {
        this.cases = cases;
        this.ownership = ownership;
        this.tasks = tasks;
        this.notes = notes;
        this.actors = actors;
    }

    record AssignmentRequest(
            @Nullable UUID account,
            @Nullable String reason,
            @Nullable Long version) {}

    record TaskRequest(
            @Nullable String title,
            @Nullable LocalDate dueDate,
            @Nullable UUID assignedTo) {}

    record CompletionRequest(@Nullable Long version) {}

    record NoteRequest(
            @Nullable String sensitivity, @Nullable String text) {}

    @PostMapping(path = CASE + "/assignment", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Put someone in charge of a case",
            description = "For a supervisor of the owning organisation (child protection for a child's case); the"
                    + " assignee works for it on cases. Kept in the ownership history with the reason.")
    ResponseEntity<CaseJson> assign(
            @PathVariable UUID id, @RequestBody AssignmentRequest body, Authentication authentication) {
        CaseActor actor = actors.of(authentication);
        long current = cases.find(actor, id, Cases.CASE_WORK).version();
        if (body.account() == null) {
            throw ProblemException.unprocessable("cases.assignee-invalid").with("field", "account");
        }
        long version = body.version() != null ? body.version() : current;
        CaseFile file = cases.assign(actor, id, body.account(), body.reason(), version);
        return ResponseEntity.ok().eTag(Versioned.eTag(file.version())).body(CaseJson.of(file));
    }

    @GetMapping(path = CASE + "/ownership", produces = JSON)
    @Operation(summary = "Who owned the case and who was in charge, at each step")
    List<OwnershipStep> ownership(@PathVariable UUID id, Authentication authentication) {
        return ownership.history(actors.of(authentication), id);
    }

    @GetMapping(path = CASE + "/tasks", produces = JSON)
    @Operation(summary = "The case's tasks, open ones first by due date")
    List<CaseTask> tasks(@PathVariable UUID id, Authentication authentication) {
        return tasks.ofCase(actors.of(authentication), id);
    }

    @Idempotent
    @PostMapping(path = CASE + "/tasks", consumes = JSON, produces = JSON)
    @Operation(summary = "Add a task with a due date, in someone's charge (the caller when nobody is named)")
    ResponseEntity<CaseTask> createTask(
            @PathVariable UUID id, @RequestBody TaskRequest body, Authentication authentication) {
        CaseTask task = tasks.create(
                actors.of(authentication), id, new NewTask(body.title(), body.dueDate(), body.assignedTo()));
        return Versioned.created(URI.create(CasesApi.PATH + "/" + id + "/tasks/" + task.id()), task.version(), task);
    }

    @PostMapping(path = CASE + "/tasks/{taskId}/completion", consumes = JSON, produces = JSON)
    @Operation(summary = "Mark a task done", description = "For the one in charge, its author or a supervisor.")
    CaseTask complete(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestBody CompletionRequest body,
            Authentication authentication) {
        CaseActor actor = actors.of(authentication);
        long version = body.version() != null
                ? body.version()
                : tasks.ofCase(actor, id).stream()
                        .filter(task -> task.id().equals(taskId))
                        .findFirst()
                        .map(CaseTask::version)
                        .orElseThrow(() -> ProblemException.notFound("cases.task-not-found"));
        return tasks.complete(actor, id, taskId, version);
    }

    @GetMapping(path = CasesApi.PATH + "/my-tasks", produces = JSON)
    @Operation(summary = "The caller's open tasks, by due date, overdue ones flagged")
    List<CaseTask> myTasks(Authentication authentication) {
        return tasks.mine(actors.of(authentication));
    }

    @GetMapping(path = CASE + "/notes", produces = JSON)
    @Operation(
            summary = "The notes the caller may read",
            description = "Restricted notes only for the author's organisation and child protection; audited.")
    List<CaseNote> notes(@PathVariable UUID id, Authentication authentication) {
        return notes.read(actors.of(authentication), id, Cases.CASE_WORK);
    }

    @Idempotent
    @PostMapping(path = CASE + "/notes", consumes = JSON, produces = JSON)
    @Operation(summary = "Write a note, NORMAL or RESTRICTED")
    ResponseEntity<CaseNote> write(
            @PathVariable UUID id, @RequestBody NoteRequest body, Authentication authentication) {
        CaseNote note = notes.write(actors.of(authentication), id, sensitivity(body.sensitivity()), body.text());
        return ResponseEntity.created(URI.create(CasesApi.PATH + "/" + id + "/notes/" + note.id()))
                .body(note);
    }

    /** The sensitivity named, or null (the facade refuses it after its checks). */
    static CaseNote.@Nullable Sensitivity sensitivity(@Nullable String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (CaseNote.Sensitivity sensitivity : CaseNote.Sensitivity.values()) {
            if (sensitivity.name().equals(upper)) {
                return sensitivity;
            }
        }
        return null;
    }
}
