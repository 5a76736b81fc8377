package org.openpathways.pathways.rules;

import java.util.List;

/** Met when its part is not met, and the other way round; unknown when its part is unknown. */
public record Not(Criterion part) implements Criterion {

    public static Not not(Criterion part) {
        return new Not(part);
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        Explanation explained = evaluation.evaluate(part);
        Outcome outcome = explained.outcome().negated();
        return new Explanation(outcome, Reason.of("not." + MessageKeys.suffix(outcome)), List.of(), List.of(explained));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        CompiledCriterion compiled = compilation.compile(part);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                return compiled.outcome(sheet).negated();
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of();
    }

    @Override
    public List<Criterion> parts() {
        return List.of(part);
    }
}
