package org.openpathways.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseNotes;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.cases.Cases;
import org.openpathways.cases.NewTask;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The case-management forms of the case page, which work without JavaScript: a change redirects back to the case; a
 * refused value shows the form again on its own page with an error summary (400).
 */
@Controller
@RequestMapping("/cases")
class CaseManagementPages {

    private final Cases cases;
    private final CaseTasks tasks;
    private final CaseApprovals approvals;
    private final CaseNotes notes;
    private final CaseTransfers transfers;
    private final CaseManagementView view;
    private final CaseActors actors;
    private final CaseFormRefusals refusals;

    CaseManagementPages(
            Cases cases,
            CaseTasks tasks,
            CaseApprovals approvals,
            CaseNotes notes,
            CaseTransfers transfers,
            CaseManagementView view,
            CaseActors actors,
            CaseFormRefusals refusals) {
        this.cases = cases;
        this.tasks = tasks;
        this.approvals = approvals;
        this.notes = notes;
        this.transfers = transfers;
        this.view = view;
        this.actors = actors;
        this.refusals = refusals;
    }

    @PostMapping("/{id}/assignment")
    String assign(
            @PathVariable UUID id,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        return attempt("assign-form", id, form, actor, model, response, locale, "#assignment", () -> {
            UUID account = CaseManagementForm.id(form.getAccount());
            if (account == null) {
                throw ProblemException.unprocessable("cases.assignee-invalid").with("field", "account");
            }
            return cases.assign(actor, id, account, form.getReason(), version(form));
        });
    }

    @PostMapping("/{id}/tasks")
    String task(
            @PathVariable UUID id,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        return attempt(
                "task-form",
                id,
                form,
                actor,
                model,
                response,
                locale,
                "#tasks",
                () -> tasks.create(
                        actor,
                        id,
                        new NewTask(form.getTitle(), form.getDueDate(), CaseManagementForm.id(form.getAssignedTo()))));
    }

    @PostMapping("/{id}/tasks/{taskId}/completion")
    String complete(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication) {
        tasks.complete(actors.of(authentication), id, taskId, version(form));
        return "redirect:/cases/" + id + "#tasks";
    }

    @PostMapping("/{id}/approvals")
    String approval(
            @PathVariable UUID id,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        return attempt(
                "approval-form",
                id,
                form,
                actor,
                model,
                response,
                locale,
                "#approvals",
                () -> approvals.request(actor, id, form.getSubject(), form.getComment()));
    }

    @PostMapping("/{id}/approvals/{requestId}/decision")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        model.addAttribute("target", requestId);
        return attempt(
                "decision-form",
                id,
                form,
                actor,
                model,
                response,
                locale,
                "#approvals",
                () -> approvals.decide(
                        actor,
                        id,
                        requestId,
                        CaseDecisionsApi.outcome(form.getDecision(), "APPROVED", "REJECTED"),
                        form.getComment()));
    }

    @PostMapping("/{id}/notes")
    String note(
            @PathVariable UUID id,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        return attempt(
                "note-form",
                id,
                form,
                actor,
                model,
                response,
                locale,
                "#notes",
                () -> notes.write(actor, id, CaseWorkApi.sensitivity(form.getSensitivity()), form.getText()));
    }

    @PostMapping("/{id}/transfers")
    String transfer(
            @PathVariable UUID id,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        return attempt(
                "transfer-form",
                id,
                form,
                actor,
                model,
                response,
                locale,
                "#transfers",
                () -> transfers.request(
                        actor,
                        id,
                        CaseManagementForm.id(form.getOrganisation()),
                        CaseDecisionsApi.service(form.getService()),
                        form.getReason()));
    }

    @PostMapping("/{id}/transfers/{transferId}/decision")
    String decideTransfer(
            @PathVariable UUID id,
            @PathVariable UUID transferId,
            @ModelAttribute CaseManagementForm form,
            Authentication authentication,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        try {
            Boolean accept = CaseDecisionsApi.outcome(form.getDecision(), "ACCEPTED", "DECLINED");
            transfers.decide(actor, id, transferId, accept, form.getReason(), form.getVersion());
            return "redirect:/cases/supervision";
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() != HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw refused;
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("caseId", id);
            section.put("transferId", transferId);
            section.put("form", form);
            section.put("errors", refusals.messages(refused, locale));
            return retry("transfer-decision-form", section, model, response);
        }
    }

    /** Refusals outside a form end on the shared, translated error page. */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    private String attempt(
            String kind,
            UUID id,
            CaseManagementForm form,
            CaseActor actor,
            Model model,
            HttpServletResponse response,
            Locale locale,
            String anchor,
            Supplier<?> change) {
        try {
            change.get();
            return "redirect:/cases/" + id + anchor;
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() != HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw refused;
            }
            CaseFile file = cases.find(actor, id, Cases.CASE_WORK);
            return retry(kind, view.values(actor, file, form, refusals.messages(refused, locale)), model, response);
        }
    }

    private String retry(String kind, Map<String, Object> section, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) section.get("errors");
        model.addAttribute("section", section);
        model.addAttribute("kind", kind);
        model.addAttribute(
                "errors",
                errors.entrySet().stream()
                        .map(error -> new FormErrors.FieldMessage(error.getKey(), error.getValue()))
                        .toList());
        return "cases/management-retry";
    }

    /** The version the form was shown with; none (a tampered form) never matches, so it is refused as stale. */
    private static long version(CaseManagementForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }
}
