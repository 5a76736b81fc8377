package org.openpathways.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openpathways.pathways.rules.json.RuleDocuments;

class RulePropertiesTest {

    @Provide
    Arbitrary<RuleSet> rules() {
        return RuleArbitraries.ruleSets();
    }

    @Provide
    Arbitrary<Facts> facts() {
        return RuleArbitraries.facts();
    }

    @Provide
    Arbitrary<Criterion> criteria() {
        return RuleArbitraries.criteria(3);
    }

    @Property(tries = 300)
    void writtenRulesReadBackEqual(@ForAll("rules") RuleSet rules) {
        assertThat(RuleDocuments.read(RuleDocuments.write(rules))).isEqualTo(rules);
    }

    @Property(tries = 300)
    void writtenRulesReadBackDecideAlike(@ForAll("rules") RuleSet rules, @ForAll("facts") Facts facts) {
        RuleSet copy = RuleDocuments.read(RuleDocuments.write(rules));

        assertThat(copy.evaluate(facts)).isEqualTo(rules.evaluate(facts));
        assertThat(copy.assessFee(facts)).isEqualTo(rules.assessFee(facts));
        assertThat(copy.requiredFacts()).isEqualTo(rules.requiredFacts());
    }

    /** Never throws, whatever the facts: missing, of the wrong kind, at the ends of time. */
    @Property(tries = 1000)
    void evaluationIsTotalAndEachGroupFollowsThreeValuedLogic(
            @ForAll("rules") RuleSet rules, @ForAll("facts") Facts facts) {
        Explanation explanation = rules.evaluate(facts);
        rules.assessFee(facts);
        rules.nextQuestion(facts);

        assertConsistent(rules.criteria(), explanation);
    }

    @Property(tries = 300)
    void evaluationDoesNotDependOnTheOrderFactsWereGiven(@ForAll("rules") RuleSet rules, @ForAll("facts") Facts facts) {
        Map<String, FactValue> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(facts.values());

        assertThat(rules.evaluate(new Facts(reversed))).isEqualTo(rules.evaluate(facts));
    }

    /** A questionnaire's answers never overturn a decided outcome; they only decide unknown ones. */
    @Property(tries = 500)
    void answeringMissingFactsNeverChangesADecidedOutcome(
            @ForAll("rules") RuleSet rules, @ForAll("facts") Facts some, @ForAll("facts") Facts more) {
        Map<String, FactValue> combined = new TreeMap<>(more.values());
        combined.putAll(some.values());
        Outcome before = rules.evaluate(some).outcome();

        Outcome after = rules.evaluate(new Facts(combined)).outcome();

        if (before != Outcome.UNKNOWN) {
            assertThat(after).isEqualTo(before);
        }
    }

    @Property(tries = 500)
    void theNextQuestionIsARequiredFactNotYetUsablyAnswered(
            @ForAll("rules") RuleSet rules, @ForAll("facts") Facts facts) {
        rules.nextQuestion(facts).ifPresent(fact -> {
            assertThat(rules.requiredFacts()).contains(fact);
            assertThat(facts.get(fact).filter(value -> value.type() == fact.type()))
                    .as("asked again only when the answer had the wrong kind or was refused")
                    .satisfiesAnyOf(
                            value -> assertThat(value).isEmpty(),
                            value -> assertThat(undecided(rules, facts)).isTrue());
        });
        if (rules.evaluate(facts).outcome() == Outcome.UNKNOWN && onlyFactsMissing(rules.evaluate(facts))) {
            assertThat(rules.nextQuestion(facts)).isPresent();
        }
    }

    @Property(tries = 300)
    void deMorganHoldsInThreeValuedLogic(
            @ForAll("criteria") Criterion a, @ForAll("criteria") Criterion b, @ForAll("facts") Facts facts) {
        Outcome notBoth = evaluate(new Not(AllOf.allOf(a, b)), facts);
        Outcome eitherNot = evaluate(AnyOf.anyOf(new Not(a), new Not(b)), facts);

        assertThat(notBoth).isEqualTo(eitherNot);
        assertThat(evaluate(new Not(new Not(a)), facts)).isEqualTo(evaluate(a, facts));
    }

    @Property(tries = 300)
    void everyReasonHasAMessageInEveryLanguage(@ForAll("rules") RuleSet rules, @ForAll("facts") Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        collect(rules.evaluate(facts), reasons);
        rules.assessFee(facts).ifPresent(fee -> collect(fee.explanation(), reasons));
        rules.requiredFacts().forEach(fact -> reasons.add(fact.label()));

        reasons.forEach(RuleMessages::assertRenderable);
    }

    private static boolean undecided(RuleSet rules, Facts facts) {
        return rules.evaluate(facts).outcome() == Outcome.UNKNOWN
                || rules.assessFee(facts)
                        .map(fee -> fee.explanation().outcome() == Outcome.UNKNOWN)
                        .orElse(false);
    }

    private static boolean onlyFactsMissing(Explanation explanation) {
        if (explanation.outcome() != Outcome.UNKNOWN) {
            return true;
        }
        if (explanation.children().isEmpty()) {
            return !explanation.missingFacts().isEmpty();
        }
        return explanation.children().stream()
                .filter(child -> child.outcome() == Outcome.UNKNOWN)
                .allMatch(RulePropertiesTest::onlyFactsMissing);
    }

    private static Outcome evaluate(Criterion criterion, Facts facts) {
        return new RuleSet(RuleArbitraries.COUNTRY_LISTS, RuleArbitraries.AREA_LISTS, criterion, null)
                .evaluate(facts)
                .outcome();
    }

    private static void assertConsistent(Criterion criterion, Explanation explanation) {
        List<Outcome> parts =
                explanation.children().stream().map(Explanation::outcome).toList();
        if (criterion instanceof AllOf) {
            assertThat(explanation.outcome()).isEqualTo(Outcome.allOf(parts));
        } else if (criterion instanceof AnyOf) {
            assertThat(explanation.outcome()).isEqualTo(Outcome.anyOf(parts));
        } else if (criterion instanceof Not) {
            assertThat(explanation.outcome()).isEqualTo(parts.get(0).negated());
        } else {
            assertThat(explanation.children()).isEmpty();
            assertThat(explanation.missingFacts().isEmpty() || explanation.outcome() == Outcome.UNKNOWN)
                    .isTrue();
        }
        for (int i = 0; i < criterion.parts().size(); i++) {
            assertConsistent(criterion.parts().get(i), explanation.children().get(i));
        }
    }

    private static void collect(Explanation explanation, List<Reason> reasons) {
        reasons.add(explanation.reason());
        explanation.children().forEach(child -> collect(child, reasons));
    }
}
