package org.openpathways.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.Dates;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The case worker's open tasks by due date, and the supervisor's dashboard: overdue tasks and approvals to decide on the
 * organisation's cases, transfers in (to accept or decline) and out (awaiting another organisation).
 */
@Controller
@RequestMapping("/cases")
class CaseDashboardPages {

    private final CaseTasks tasks;
    private final CaseApprovals approvals;
    private final CaseTransfers transfers;
    private final CaseActors actors;
    private final Organisations organisations;
    private final Dates dates;

    CaseDashboardPages(
            CaseTasks tasks,
            CaseApprovals approvals,
            CaseTransfers transfers,
            CaseActors actors,
            Organisations organisations,
            Dates dates) {
        this.tasks = tasks;
        this.approvals = approvals;
        this.transfers = transfers;
        this.actors = actors;
        this.organisations = organisations;
        this.dates = dates;
    }

    @GetMapping("/my-tasks")
    String myTasks(Authentication authentication, Model model) {
        model.addAttribute("tasks", tasks.mine(actors.of(authentication)));
        model.addAttribute("dates", dates);
        return "cases/my-tasks";
    }

    @GetMapping("/supervision")
    String supervision(Authentication authentication, Model model) {
        CaseActor actor = actors.of(authentication);
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.CHILD_PROTECTION)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        var in = transfers.pendingIn(actor);
        var out = transfers.pendingOut(actor);
        Map<UUID, String> names = new LinkedHashMap<>();
        Stream.concat(in.stream(), out.stream())
                .flatMap(move -> Stream.of(move.fromOrganisation(), move.toOrganisation()))
                .distinct()
                .forEach(org -> organisations.find(org).ifPresent(found -> names.put(org, found.name())));
        model.addAttribute("overdue", tasks.overdueInOrganisation(actor));
        model.addAttribute("approvals", approvals.pending(actor));
        model.addAttribute("transfersIn", in);
        model.addAttribute("transfersOut", out);
        model.addAttribute("organisationNames", names);
        model.addAttribute("dates", dates);
        return "cases/supervision";
    }

    /** Refusals end on the shared, translated error page. */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }
}
