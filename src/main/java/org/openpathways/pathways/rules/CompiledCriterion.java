package org.openpathways.pathways.rules;

/**
 * A criterion compiled for {@link CompiledRules}: it decides its outcome from a {@link FactSheet}, with exactly the
 * three-valued semantics of {@link Criterion#evaluate(Evaluation)}, and nothing else (no reason, no missing facts).
 */
@FunctionalInterface
public interface CompiledCriterion {

    Outcome outcome(FactSheet sheet);
}
