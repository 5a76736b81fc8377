package org.openpathways.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.pathways.rules.AllOf.allOf;
import static org.openpathways.pathways.rules.AnyOf.anyOf;
import static org.openpathways.pathways.rules.DateReference.applicationDate;
import static org.openpathways.pathways.rules.TimeSince.yearsSince;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of alternatives: four years of residence, or three years with a child under 18. */
class ResidenceAlternativesTest {

    static final RuleSet FOUR_YEARS_OR_THREE_WITH_A_CHILD = RuleSet.of(anyOf(
            yearsSince(Fact.RESIDENCE_SINCE, 4, applicationDate()),
            allOf(
                    yearsSince(Fact.RESIDENCE_SINCE, 3, applicationDate()),
                    new ChildAged(AgeRange.under(18), applicationDate()))));

    static final LocalDate APPLIED = LocalDate.of(2026, 6, 1);

    static Facts residentSince(LocalDate since) {
        return Facts.none().with(Fact.APPLICATION_DATE, APPLIED).with(Fact.RESIDENCE_SINCE, since);
    }

    @Test
    void fourYearsOfResidenceAreEnoughWithoutChildren() {
        Facts facts = residentSince(LocalDate.of(2022, 6, 1)).withDates(Fact.CHILDREN_BIRTH_DATES, List.of());

        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.evaluate(facts).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void fourYearsAreMetWithoutAskingAboutChildren() {
        Facts facts = residentSince(LocalDate.of(2022, 6, 1));

        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.evaluate(facts).outcome()).isEqualTo(Outcome.MET);
        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.nextQuestion(facts)).isEmpty();
    }

    @Test
    void threeYearsAreEnoughWithAChildUnderEighteen() {
        Facts facts = residentSince(LocalDate.of(2023, 5, 1))
                .withDates(Fact.CHILDREN_BIRTH_DATES, List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2015, 3, 3)));

        Explanation explanation = FOUR_YEARS_OR_THREE_WITH_A_CHILD.evaluate(facts);

        assertThat(explanation.outcome()).isEqualTo(Outcome.MET);
        assertThat(explanation.children())
                .extracting(Explanation::outcome)
                .containsExactly(Outcome.NOT_MET, Outcome.MET);
        assertThat(explanation.reason().key()).isEqualTo("pathways.rules.anyOf.met");
    }

    @Test
    void threeYearsAreNotEnoughWhenTheOnlyChildIsEighteen() {
        Facts facts = residentSince(LocalDate.of(2023, 5, 1))
                .withDates(Fact.CHILDREN_BIRTH_DATES, List.of(LocalDate.of(2008, 6, 1)));

        Explanation explanation = FOUR_YEARS_OR_THREE_WITH_A_CHILD.evaluate(facts);

        assertThat(explanation.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(explanation.children().get(1).children().get(1).reason())
                .isEqualTo(Reason.of("childAged.notMet", Reason.of("range.under", 18), APPLIED));
    }

    @Test
    void threeYearsWithUnknownChildrenAreUnknownAndAskForTheChildren() {
        Facts facts = residentSince(LocalDate.of(2023, 5, 1));

        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.evaluate(facts).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.nextQuestion(facts)).contains(Fact.CHILDREN_BIRTH_DATES);
    }

    @Test
    void lessThanThreeYearsIsNotMetWhateverTheChildren() {
        Facts facts = residentSince(LocalDate.of(2023, 6, 2));

        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.evaluate(facts).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.nextQuestion(facts)).isEmpty();
    }

    @Test
    void nothingKnownAsksFirstForTheDateOfResidence() {
        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.requiredFacts())
                .containsExactly(Fact.RESIDENCE_SINCE, Fact.APPLICATION_DATE, Fact.CHILDREN_BIRTH_DATES);
        assertThat(FOUR_YEARS_OR_THREE_WITH_A_CHILD.nextQuestion(Facts.none())).contains(Fact.RESIDENCE_SINCE);
    }
}
