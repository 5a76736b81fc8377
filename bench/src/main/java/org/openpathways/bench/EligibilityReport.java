package org.openpathways.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs {@link EligibilityBenchmark} with JMH (the arguments are JMH's) after checking that the rule set and the
 * hand-written checks agree on every generated profile, and prints the rule set's throughput beside the hand-written
 * one's with the ratio against issue 3's target (at least 0.3). Exit status 3 when the target is missed or they disagree.
 */
public final class EligibilityReport {

    static final double TARGET = 0.3;

    private EligibilityReport() {}

    public static void main(String[] args) throws Exception {
        EligibilityBenchmark state = new EligibilityBenchmark();
        state.setUp();
        int disagreements = 0;
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < state.profiles.length; i++) {
            var ruleSet = state.rules.evaluate(state.facts[i]).outcome();
            outcomes.merge(ruleSet.name(), 1, Integer::sum);
            if (ruleSet != EligibilityBenchmark.handWritten(state.profiles[i])
                    || ruleSet != EligibilityBenchmark.handWrittenOverFacts(state.facts[i])) {
                disagreements++;
            }
        }
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            scores.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getScore());
        }
        double rules = scores.getOrDefault("ruleSet", Double.NaN);
        double hand = scores.getOrDefault("handWritten", Double.NaN);
        double overFacts = scores.getOrDefault("handWrittenOverFacts", Double.NaN);
        double ratio = rules / hand;
        boolean pass = ratio >= TARGET && disagreements == 0;
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Eligibility: %d generated profiles (%s), ten criteria, one thread; same outcome on %d of %d%n",
                state.profiles.length,
                outcomes,
                state.profiles.length - disagreements,
                state.profiles.length);
        System.out.printf(Locale.ROOT, "%-46s %16s  %s%n", "run", "evaluations/s", "rule set / this");
        System.out.printf(Locale.ROOT, "%-46s %16.0f%n", "rule set from JSON (RuleSet.evaluate)", rules);
        System.out.printf(
                Locale.ROOT,
                "%-46s %16.0f  %.2fx %s (>= %.1fx)%n",
                "hand-written Java over a record",
                hand,
                ratio,
                pass ? "PASS" : "FAIL",
                TARGET);
        System.out.printf(
                Locale.ROOT,
                "%-46s %16.0f  %.2fx (for information)%n",
                "hand-written Java over the same Facts",
                overFacts,
                rules / overFacts);
        System.exit(pass ? 0 : 3);
    }
}
