package org.openpathways.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.screening.persistence.ActionRecords;
import org.openpathways.screening.persistence.ScreeningRecords;
import org.openpathways.screening.questionnaire.ActionRule;
import org.openpathways.screening.questionnaire.Questionnaire;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case requires now: the actions raised on the case itself as soon as something calls for them (the
 * child-protection officer when the case becomes a child's, whether by an age assessment, a claimed age or the
 * person's answer), together with those of its latest screening. Each action is listed once, with its earliest due
 * time. No authorisation inside: callers have checked that the reader may see the case; actions tell the need, never
 * the answers, so everyone who may see the case may read them.
 */
@Service
public class RequiredActions {

    private final ActionRecords actions;
    private final ScreeningRecords screenings;
    private final Questionnaires questionnaires;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RequiredActions(
            ActionRecords actions,
            ScreeningRecords screenings,
            Questionnaires questionnaires,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.actions = actions;
        this.screenings = screenings;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Requires, in the caller's transaction, a child-protection officer for a case that has just become a child's, due
     * within the questionnaire's time for that action from {@code at}, and tells child-protection staff (event {@link
     * ChildProtectionOfficerRequired}, committed with the action). A case that already requires one keeps it as it
     * was: raising it again changes nothing, records nothing and tells nobody.
     *
     * @param reason why the case is a child's, e.g. {@code assessed-age}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void callChildProtectionOfficer(UUID caseId, Instant at, String reason) {
        ActionRule officer = questionnaires
                .current()
                .action(Questionnaire.CHILD_PROTECTION_OFFICER)
                .orElseThrow();
        RequiredAction action = new RequiredAction(officer.code(), officer.need(), at.plus(officer.due()));
        if (actions.raise(caseId, action, at, reason)) {
            audit.record(AuditRecord.of("screening.action-required", "case", caseId, "child-protection")
                    .with("action", action.code())
                    .with("reason", reason)
                    .with("due-at", action.dueAt().toString()));
            events.publishEvent(new ChildProtectionOfficerRequired(caseId, action.dueAt(), reason));
        }
    }

    /** The child-protection officer the case requires since it became a child's; empty for other cases. */
    @Transactional(readOnly = true)
    public Optional<RequiredAction> childProtectionOfficer(UUID caseId) {
        return raisedOn(caseId).stream()
                .filter(raised -> raised.code().equals(Questionnaire.CHILD_PROTECTION_OFFICER))
                .findFirst();
    }

    /** The actions the case requires now, earliest due first, each once. */
    @Transactional(readOnly = true)
    public List<RequiredAction> ofCase(UUID caseId) {
        List<RequiredAction> screened = screenings
                .latest(caseId)
                .map(latest -> latest.result().actions())
                .orElse(List.of());
        return together(raisedOn(caseId), screened);
    }

    /**
     * The actions raised on each of these cases outside their screenings (the child-protection officer), earliest due
     * first; for lists of many cases, which do not open each case's screening.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<RequiredAction>> raisedOn(Collection<UUID> caseIds) {
        return actions.ofCases(caseIds);
    }

    private List<RequiredAction> raisedOn(UUID caseId) {
        return actions.ofCases(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    /** Both lists as one: an action in both is listed once, with the earlier due time; earliest due first. */
    static List<RequiredAction> together(List<RequiredAction> raised, List<RequiredAction> screened) {
        Map<String, RequiredAction> byCode = new LinkedHashMap<>();
        List<RequiredAction> all = new ArrayList<>(raised);
        all.addAll(screened);
        for (RequiredAction action : all) {
            byCode.merge(action.code(), action, (kept, other) -> other.dueAt().isBefore(kept.dueAt()) ? other : kept);
        }
        return byCode.values().stream()
                .sorted(Comparator.comparing(RequiredAction::dueAt).thenComparing(RequiredAction::code))
                .toList();
    }
}
