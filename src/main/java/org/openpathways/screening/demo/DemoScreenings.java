package org.openpathways.screening.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.openpathways.screening.NewScreening;
import org.openpathways.screening.Screenings;
import org.openpathways.screening.children.BestInterests;
import org.openpathways.screening.children.BestInterestsForm;
import org.openpathways.screening.children.ChildInputs;
import org.openpathways.screening.children.Children;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: screenings at every rating (low and high at the consulate, medium at the migration authority, where the
 * caseworker sees the needs and the supervisor the answers), and children's cases: one whose guardian is overdue, one
 * with the child's interview recorded with the guardian present, and one decided by a best-interests panel of the three
 * demo child-protection officers. Everything goes through the services, so it is audited; only the overdue deadline is
 * moved back in time, which no service does. Loaded once: nothing is added when the consulate's cases are screened.
 */
@Component
@Order(41)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoScreenings implements ApplicationRunner {

    private final Cases cases;
    private final Screenings screenings;
    private final Children children;
    private final BestInterests bestInterests;
    private final DemoPeople people;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoScreenings(
            Cases cases,
            Screenings screenings,
            Children children,
            BestInterests bestInterests,
            DemoPeople people,
            Organisations organisations,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.cases = cases;
        this.screenings = screenings;
        this.children = children;
        this.bestInterests = bestInterests;
        this.people = people;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        transactions.executeWithoutResult(status -> load());
    }

    private void load() {
        UUID consularAccount = people.consular().orElse(null);
        UUID supervisorAccount = people.supervisor().orElse(null);
        List<UUID> childProtection = people.childProtection();
        if (consularAccount == null || supervisorAccount == null || childProtection.size() < 3) {
            return;
        }
        CaseActor consular = actor(consularAccount, Role.CONSULAR);
        CaseActor supervisor = actor(supervisorAccount, Role.SUPERVISOR);
        CaseActor officer = actor(childProtection.get(0), Role.CHILD_PROTECTION);
        boolean screened = cases.list(consular).stream()
                .anyMatch(summary -> !screenings.ofCase(consular, summary.id()).isEmpty());
        if (screened) {
            return;
        }
        adultAtEveryRating(consular, supervisor);
        overdueGuardian(consular);
        interviewedChild(consular, officer);
        childDecidedByAPanel(consular, officer, childProtection);
    }

    private void adultAtEveryRating(CaseActor consular, CaseActor supervisor) {
        CaseFile low = cases.open(
                consular, person("Grace Achieng", LocalDate.of(1991, 4, 2), "female", "KEN", ContactPoint.CONSULATE));
        screenings.record(
                consular,
                low.id(),
                screening(Map.of(
                        "safe-place-tonight", "yes",
                        "legal-status", "regular",
                        "family-support", "yes",
                        "shared-language", "yes",
                        "identity-documents", "yes")));
        CaseFile high = cases.open(
                consular, person("Tomás Rivera", LocalDate.of(1985, 11, 19), "male", "HND", ContactPoint.BORDER));
        screenings.record(
                consular,
                high.id(),
                screening(Map.of(
                        "safe-place-tonight", "no",
                        "legal-status", "irregular",
                        "controlled-or-in-debt", "yes",
                        "deceived-about-work", "yes",
                        "identity-documents", "no",
                        "psychological-distress", "yes")));
        CaseFile medium = cases.open(
                supervisor, person("Mariam Bah", LocalDate.of(1993, 1, 8), "female", "GIN", ContactPoint.APPLICATION));
        screenings.record(
                supervisor,
                medium.id(),
                screening(Map.of(
                        "safe-place-tonight", "yes",
                        "legal-status", "pending",
                        "pregnant", "yes",
                        "dependent-children", "2",
                        "serious-illness", "yes")));
    }

    private void overdueGuardian(CaseActor consular) {
        CaseFile child = cases.open(
                consular, person("Layla Nasser", LocalDate.now().minusYears(16), "female", "SYR", ContactPoint.BORDER));
        screenings.record(consular, child.id(), aChildAlone());
        children.flag(consular, child.id(), new ChildInputs.Flags(true, false));
        // The deadline passed: as if the child had been met 30 hours ago.
        jdbc.sql("update screening_child set child_since = child_since - interval '30 hours',"
                        + " guardian_due_at = guardian_due_at - interval '30 hours' where case_id = ?")
                .param(child.id())
                .update();
    }

    private void interviewedChild(CaseActor consular, CaseActor officer) {
        CaseFile child = cases.open(
                consular, person("Samir Haddad", LocalDate.now().minusYears(15), "male", "SYR", ContactPoint.BORDER));
        screenings.record(consular, child.id(), aChildAlone());
        children.flag(officer, child.id(), new ChildInputs.Flags(true, false));
        children.assignGuardian(
                officer,
                child.id(),
                new ChildInputs.Guardian("guardian", "Hana Yousef", "National Guardianship Office"));
        children.recordInterview(
                officer,
                child.id(),
                new ChildInputs.Interview(
                        "guardian",
                        "Hana Yousef",
                        "ar",
                        "Samir travelled alone from the border town after his family was separated at a checkpoint."
                                + " He is tired but unhurt, and wants to find his mother, who he thinks is in the"
                                + " capital."));
    }

    private void childDecidedByAPanel(CaseActor consular, CaseActor officer, List<UUID> panel) {
        CaseFile child = cases.open(
                consular,
                person("Ahmad Karimi", LocalDate.now().minusYears(14), "male", "AFG", ContactPoint.CONSULATE));
        screenings.record(consular, child.id(), aChildAlone());
        children.flag(officer, child.id(), new ChildInputs.Flags(false, true));
        children.assignGuardian(
                officer, child.id(), new ChildInputs.Guardian("representative", "Daniel Okafor", "Legal Aid Centre"));
        bestInterests.recordAssessment(
                officer,
                child.id(),
                new ChildInputs.Assessment(
                        List.of("durable-solution"),
                        new BestInterestsForm(
                                "Safe in a children's shelter since his arrival.",
                                "Cared for by shelter staff; his uncle lives in the country and has asked to care for"
                                        + " him.",
                                "In good health; vaccinations to be completed.",
                                "Attends the shelter's school classes.",
                                "Wants to live with his uncle and go to school.",
                                "Separated from his parents, who stayed behind; contact by phone once a month.",
                                "Placement with the uncle after a home visit, with follow-up by the guardian.")));
        bestInterests.recordDetermination(
                officer,
                child.id(),
                new ChildInputs.Determination(
                        "durable-solution",
                        "Placement with the uncle, reviewed after three months.",
                        List.of(
                                new ChildInputs.PanelMember(
                                        panel.get(0).toString(), "Agree: the home visit found a safe home."),
                                new ChildInputs.PanelMember(
                                        panel.get(1).toString(), "Agree, with school enrolment within a month."),
                                new ChildInputs.PanelMember(
                                        panel.get(2).toString(), "Agree; the child's wish is clear and consistent."))));
    }

    private static NewScreening aChildAlone() {
        return screening(Map.of(
                "says-under-18", "yes",
                "travelling-alone", "yes",
                "separated-from-family", "yes",
                "safe-place-tonight", "no",
                "legal-status", "unknown"));
    }

    private static NewScreening screening(Map<String, String> answers) {
        return new NewScreening(answers, null);
    }

    private static NewCase person(String name, LocalDate born, String sex, String nationality, ContactPoint point) {
        String place = switch (point) {
            case BORDER -> "Northern border post";
            case CONSULATE -> "Consulate General, visa section";
            case APPLICATION -> "Migration Authority, central office";
        };
        return new NewCase(
                name,
                born,
                sex,
                nationality,
                List.of(
                        switch (nationality) {
                            case "SYR" -> "ar";
                            case "AFG" -> "fa";
                            case "KEN" -> "sw";
                            case "HND" -> "es";
                            default -> "fr";
                        }),
                null,
                point,
                place,
                LocalDate.now(),
                null);
    }

    private CaseActor actor(UUID account, Role role) {
        return new CaseActor(account, organisations.organisationOf(account).orElse(null), Set.of(role));
    }
}
