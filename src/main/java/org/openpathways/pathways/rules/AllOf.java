package org.openpathways.pathways.rules;

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
        List<Explanation> explained = parts.stream().map(evaluation::evaluate).toList();
        Outcome outcome =
                Outcome.allOf(explained.stream().map(Explanation::outcome).toList());
        return new Explanation(outcome, Reason.of("allOf." + MessageKeys.suffix(outcome)), List.of(), explained);
    }

    @Override
    public List<Fact> facts() {
        return List.of();
    }
}
