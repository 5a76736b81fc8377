package org.openpathways.screening.children;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseSummary;
import org.openpathways.cases.Cases;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.screening.RequiredAction;
import org.openpathways.screening.RequiredActions;
import org.openpathways.screening.ScreeningProperties;
import org.openpathways.screening.children.ChildFile.Status;
import org.openpathways.screening.questionnaire.Questionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The child-protection dashboard: every child's case the officer may see, with what is due on it. */
@Service
public class ChildProtectionDashboard {

    private final ChildRecords records;
    private final Cases cases;
    private final RequiredActions actions;
    private final ScreeningProperties properties;
    private final Clock clock;

    ChildProtectionDashboard(
            ChildRecords records, Cases cases, RequiredActions actions, ScreeningProperties properties, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.actions = actions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Children's cases for child-protection staff: each with its guardian deadline (overdue ones first), flags,
     * whether the child was interviewed and which determinations are still required.
     */
    @Transactional(readOnly = true)
    public List<DashboardRow> rows(CaseActor actor) {
        if (!actor.has(Role.CHILD_PROTECTION)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "screening.child-protection-only");
        }
        List<CaseSummary> children =
                cases.list(actor).stream().filter(CaseSummary::child).toList();
        List<UUID> ids = children.stream().map(CaseSummary::id).toList();
        Map<UUID, Status> statuses = records.statuses(ids);
        Set<UUID> withGuardian = Set.copyOf(records.withGuardian(ids));
        Set<UUID> interviewed = Set.copyOf(records.interviewed(ids));
        Map<UUID, List<String>> situations = records.situations(ids);
        Map<UUID, List<String>> determined = records.determined(ids);
        Map<UUID, List<RequiredAction>> raised = actions.raisedOn(ids);
        Instant now = clock.instant();
        return children.stream()
                .map(child -> {
                    Status status = statuses.get(child.id());
                    boolean guardian = withGuardian.contains(child.id());
                    Instant due = guardian || status == null ? null : status.guardianDueAt();
                    return new DashboardRow(
                            child.id(),
                            child.reference(),
                            status == null ? null : status.childSince(),
                            due,
                            due != null && now.isAfter(due),
                            status != null && status.unaccompanied(),
                            status != null && status.separated(),
                            interviewed.contains(child.id()),
                            Children.pending(
                                    properties.determinationSituations(),
                                    situations.getOrDefault(child.id(), List.of()),
                                    determined.getOrDefault(child.id(), List.of())),
                            stillRequired(
                                    raised.getOrDefault(child.id(), List.of()), interviewed.contains(child.id())));
                })
                .sorted(Comparator.comparing(DashboardRow::guardianOverdue)
                        .reversed()
                        .thenComparing(row -> row.guardianDueAt() == null ? Instant.MAX : row.guardianDueAt()))
                .toList();
    }

    /**
     * The raised actions still to do: once a child-protection officer has interviewed the child (only they can), the
     * call for one has been answered, and the dashboard would otherwise show it overdue for ever.
     */
    static List<RequiredAction> stillRequired(List<RequiredAction> raised, boolean interviewed) {
        if (!interviewed) {
            return raised;
        }
        return raised.stream()
                .filter(action -> !action.code().equals(Questionnaire.CHILD_PROTECTION_OFFICER))
                .toList();
    }
}
