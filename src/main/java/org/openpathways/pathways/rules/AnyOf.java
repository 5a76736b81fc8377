package org.openpathways.pathways.rules;

import java.util.Arrays;
import java.util.List;

/** Met as soon as one part is met; not met when every part is not met; otherwise unknown. */
public record AnyOf(List<Criterion> parts) implements Criterion {

    public AnyOf {
        parts = List.copyOf(parts);
        Invariants.require(!parts.isEmpty(), "anyOf needs at least one criterion");
    }

    public static AnyOf anyOf(Criterion... parts) {
        return new AnyOf(List.of(parts));
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
        Outcome outcome = Outcome.anyOf(Arrays.asList(outcomes));
        return new Explanation(
                outcome, Reason.of("anyOf." + MessageKeys.suffix(outcome)), List.of(), List.of(explained));
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
                    if (outcome == Outcome.MET) {
                        return Outcome.MET;
                    }
                    unknown |= outcome == Outcome.UNKNOWN;
                }
                return unknown ? Outcome.UNKNOWN : Outcome.NOT_MET;
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of();
    }
}
