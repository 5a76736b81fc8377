package org.openpathways.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs {@link EligibilityBenchmark} with JMH (the arguments are JMH's) after checking that the rule set (explained and
 * compiled) and the hand-written checks agree on every generated profile, and prints the compiled rules' throughput
 * beside the hand-written one's with the ratio against issue 3's target (at least 0.3), the other runs for information.
 * Exit status 3 when the target is missed or they disagree.
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
                    || ruleSet != EligibilityBenchmark.handWrittenOverFacts(state.facts[i])
                    || ruleSet != state.compiled.outcome(state.sheets[i])
                    || ruleSet != state.compiled.outcome(state.facts[i])) {
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
        double compiled = scores.getOrDefault("compiledRules", Double.NaN);
        double withSheet = scores.getOrDefault("compiledRulesWithSheet", Double.NaN);
        double explained = scores.getOrDefault("ruleSet", Double.NaN);
        double hand = scores.getOrDefault("handWritten", Double.NaN);
        double overFacts = scores.getOrDefault("handWrittenOverFacts", Double.NaN);
        double ratio = compiled / hand;
        boolean pass = ratio >= TARGET && disagreements == 0;
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Eligibility: %d generated profiles (%s), ten criteria, one thread; same outcome on %d of %d%n",
                state.profiles.length,
                outcomes,
                state.profiles.length - disagreements,
                state.profiles.length);
        System.out.printf(
                Locale.ROOT, "%-58s %16s %9s  %s%n", "run", "evaluations/s", "ns each", "against hand-written");
        line("compiled rules over fact sheets (CompiledRules.outcome)", compiled, hand);
        System.out.printf(
                Locale.ROOT,
                "  target: compiled rules / hand-written over a record = %.2fx %s (>= %.1fx)%n",
                ratio,
                pass ? "PASS" : "FAIL",
                TARGET);
        line("compiled rules, sheet made in the loop (information)", withSheet, hand);
        line("rule set with explanations (RuleSet.evaluate, information)", explained, hand);
        line("hand-written Java over a record (baseline)", hand, hand);
        line("hand-written Java over the same Facts (information)", overFacts, hand);
        System.exit(pass ? 0 : 3);
    }

    private static void line(String run, double score, double hand) {
        System.out.printf(Locale.ROOT, "%-58s %16.0f %9.1f  %.2fx%n", run, score, 1e9 / score, score / hand);
    }
}
