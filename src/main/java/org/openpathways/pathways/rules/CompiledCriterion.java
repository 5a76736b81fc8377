package org.openpathways.pathways.rules;

/**
 * A criterion compiled for {@link CompiledRules}: it decides its outcome from a {@link FactSheet}, with exactly the
 * three-valued semantics of {@link Criterion#evaluate(Evaluation)}, and nothing else (no reason, no missing facts).
 * Only this package makes and reads them. An abstract class rather than an interface: a group calls its parts through
 * a virtual call, cheaper than an interface call when the parts are of many kinds.
 */
public abstract class CompiledCriterion {

    CompiledCriterion() {}

    abstract Outcome outcome(FactSheet sheet);
}
