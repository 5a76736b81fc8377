package org.openpathways.pathways.rules;

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
        List<Explanation> explained = parts.stream().map(evaluation::evaluate).toList();
        Outcome outcome =
                Outcome.anyOf(explained.stream().map(Explanation::outcome).toList());
        return new Explanation(outcome, Reason.of("anyOf." + MessageKeys.suffix(outcome)), List.of(), explained);
    }

    @Override
    public List<Fact> facts() {
        return List.of();
    }
}
