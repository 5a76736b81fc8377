package org.openpathways.pathways.rules;

import java.util.Arrays;
import java.util.List;

/** Met when every part is met; not met as soon as one part is not met; otherwise unknown. */
public record AllOf(List<Criterion> parts) implements Criterion {

    public AllOf {
        parts = List.copyOf(parts);
        Invariants.require(!parts.isEmpty(), "allOf needs at least one criterion");
    }

    public static AllOf allOf(Criterion... parts) {
        return new AllOf(List.of(parts));
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        // Loops rather than streams: this runs for every group of every rule set judged, in bulk too.
        Explanation[] explained = new Explanation[parts.size()];
        Outcome[] outcomes = new Outcome[parts.size()];
        for (int i = 0; i < explained.length; i++) {
            explained[i] = evaluation.evaluate(parts.get(i));
            outcomes[i] = explained[i].outcome();
        }
        Outcome outcome = Outcome.allOf(Arrays.asList(outcomes));
        return new Explanation(
                outcome, Reason.of("allOf." + MessageKeys.suffix(outcome)), List.of(), List.of(explained));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        CompiledCriterion[] compiled = compilation.compile(parts);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                boolean unknown = false;
                for (CompiledCriterion part : compiled) {
                    Outcome outcome = part.outcome(sheet);
                    if (outcome == Outcome.NOT_MET) {
                        return Outcome.NOT_MET;
                    }
                    unknown |= outcome == Outcome.UNKNOWN;
                }
                return unknown ? Outcome.UNKNOWN : Outcome.MET;
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of();
    }
}
