package org.openpathways.applications;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openpathways.accounts.Role;
import org.openpathways.applications.domain.ApplicationFacts;
import org.openpathways.applications.domain.FailedCriteria;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.rules.CompiledRules;
import org.openpathways.pathways.rules.Criterion;
import org.openpathways.pathways.rules.Outcome;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy simulation: judges the applications of a pathway again under a draft rule version and counts what would
 * change, which criteria drive it and whom it would touch (by sex, age group and nationality), with small cells
 * suppressed. Nothing is changed; reading every application's answers is recorded in the audit trail.
 *
 * <p>Applications are read a page at a time in key order, so memory does not grow with their number.
 */
@Service
public class Simulations {

    private static final int PAGE = 500;

    private final ApplicationRecords records;
    private final PathwayCatalogue catalogue;
    private final AuditTrail audit;

    Simulations(ApplicationRecords records, PathwayCatalogue catalogue, AuditTrail audit) {
        this.records = records;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /**
     * @throws ProblemException 403 unless the actor is an analyst or an administrator; 404 {@code
     *     applications.version-not-found} when the pathway has no such version, 422 {@code applications.version-without-rules}
     *     when it has no rules
     */
    @Transactional
    public SimulationResult simulate(Actor actor, String pathwayCode, int draftVersion) {
        if (!actor.has(Role.ANALYST) && !actor.has(Role.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.simulation-not-allowed");
        }
        PathwayDefinition draft = catalogue
                .definition(pathwayCode, draftVersion)
                .orElseThrow(() -> ProblemException.notFound("applications.version-not-found"));
        if (draft.eligibility() == null) {
            throw ProblemException.unprocessable("applications.version-without-rules");
        }
        RuleSet draftRules = draft.eligibility();
        // Outcomes only, in bulk: each rule set is compiled once; the draft's explanation is built only for the
        // applications whose outcome it changes (its failed criteria are the drivers).
        CompiledRules draftCompiled = draftRules.compile();
        Map<Integer, Optional<CompiledRules>> pinned = new HashMap<>();
        Map<String, Long> transitions = new TreeMap<>();
        Map<String, Long> drivers = new LinkedHashMap<>();
        Map<String, Long> bySex = new TreeMap<>();
        Map<String, Long> byAge = new TreeMap<>();
        Map<String, Long> byNationality = new TreeMap<>();
        long judged = 0;
        long changed = 0;
        int current = 0;
        String after = "";
        List<ApplicationRecords.Judged> page;
        do {
            page = records.judged(pathwayCode, after, PAGE);
            for (var application : page) {
                after = application.reference();
                Optional<CompiledRules> rules = pinned.computeIfAbsent(
                        application.pathwayVersion(),
                        version -> catalogue
                                .definition(pathwayCode, version)
                                .map(PathwayDefinition::eligibility)
                                .map(RuleSet::compile));
                if (rules.isEmpty()) {
                    continue;
                }
                current = Math.max(current, application.pathwayVersion());
                LocalDate date = application.clockStart();
                var facts = ApplicationFacts.of(application.details(), date);
                Outcome before = rules.get().outcome(facts);
                Outcome afterDraft = draftCompiled.outcome(facts);
                judged++;
                if (before == afterDraft) {
                    continue;
                }
                changed++;
                var explanation = draftRules.evaluate(facts);
                transitions.merge(before + "→" + afterDraft, 1L, Long::sum);
                FailedCriteria.of(explanation).keySet().forEach(position -> drivers.merge(position, 1L, Long::sum));
                var person = application.details().applicant();
                bySex.merge(person.sex() == null ? "UNDISCLOSED" : person.sex().name(), 1L, Long::sum);
                byAge.merge(ageGroup(person.birthDate(), date), 1L, Long::sum);
                byNationality.merge(person.nationality() == null ? "?" : person.nationality(), 1L, Long::sum);
            }
        } while (page.size() == PAGE);
        audit.record(AuditRecord.of("applications.simulated", "pathway", pathwayCode, "policy-simulation")
                .by(actor.account().toString())
                .with("draftVersion", Integer.toString(draftVersion))
                .with("judged", Long.toString(judged)));
        return new SimulationResult(
                pathwayCode,
                current,
                draftVersion,
                judged,
                changed,
                suppressed(transitions),
                driverList(draftRules, drivers),
                suppressed(bySex),
                suppressed(byAge),
                suppressed(byNationality));
    }

    private static List<SimulationResult.Driver> driverList(RuleSet rules, Map<String, Long> counts) {
        List<SimulationResult.Driver> drivers = new ArrayList<>();
        Criterion top = rules.criteria();
        counts.forEach((position, count) -> {
            Criterion criterion =
                    position.equals(FailedCriteria.WHOLE) ? top : top.parts().get(Integer.parseInt(position));
            drivers.add(new SimulationResult.Driver(
                    position, criterion.requiredFacts(), count < SimulationResult.SMALL_CELL ? null : count));
        });
        return drivers;
    }

    private static Map<String, Long> suppressed(Map<String, Long> counts) {
        Map<String, Long> shown = new LinkedHashMap<>();
        counts.forEach((group, count) -> shown.put(group, count < SimulationResult.SMALL_CELL ? null : count));
        return shown;
    }

    static String ageGroup(LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return "unknown";
        }
        int age = Period.between(birthDate, on).getYears();
        if (age < 18) {
            return "0-17";
        }
        if (age < 35) {
            return "18-34";
        }
        if (age < 50) {
            return "35-49";
        }
        return age < 65 ? "50-64" : "65+";
    }
}
