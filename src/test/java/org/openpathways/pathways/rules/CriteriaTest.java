package org.openpathways.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openpathways.pathways.rules.DateReference.applicationDate;
import static org.openpathways.pathways.rules.DateReference.on;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    static final LocalDate APPLIED = LocalDate.of(2026, 6, 1);

    static Facts anApplicant() {
        return Facts.none().with(Fact.APPLICATION_DATE, APPLIED);
    }

    static Outcome outcome(Criterion criterion, Facts facts) {
        return new RuleSet(RuleArbitraries.COUNTRY_LISTS, RuleArbitraries.AREA_LISTS, criterion, null)
                .evaluate(facts)
                .outcome();
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryTurnsEighteenOnTheFirstOfMarch() {
        Facts leapling = anApplicant().with(Fact.BIRTH_DATE, LocalDate.of(2008, 2, 29));
        Criterion adult = new AgeBetween(AgeRange.atLeast(18), DateReference.on(LocalDate.of(2026, 2, 28)));
        Criterion adultNextDay = new AgeBetween(AgeRange.atLeast(18), DateReference.on(LocalDate.of(2026, 3, 1)));

        assertThat(outcome(adult, leapling)).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(adultNextDay, leapling)).isEqualTo(Outcome.MET);
    }

    @Test
    void anAgeRangeIncludesItsLowerBoundAndExcludesItsUpperOne() {
        Criterion working = new AgeBetween(AgeRange.between(18, 65), applicationDate());

        assertThat(outcome(working, anApplicant().with(Fact.BIRTH_DATE, LocalDate.of(2008, 6, 1))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(working, anApplicant().with(Fact.BIRTH_DATE, LocalDate.of(1961, 6, 1))))
                .isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(working, anApplicant().with(Fact.BIRTH_DATE, LocalDate.of(1961, 6, 2))))
                .isEqualTo(Outcome.MET);
    }

    @Test
    void presenceBeforeACutOffDateIsStrict() {
        Criterion presentBefore =
                new DateCompare(Fact.ENTRY_DATE, DateCompare.Order.BEFORE, on(LocalDate.of(2025, 1, 1)));

        assertThat(outcome(presentBefore, anApplicant().with(Fact.ENTRY_DATE, LocalDate.of(2024, 12, 31))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(presentBefore, anApplicant().with(Fact.ENTRY_DATE, LocalDate.of(2025, 1, 1))))
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void entryWithinAWindowIncludesBothEnds() {
        Criterion window = new DateBetween(Fact.ENTRY_DATE, LocalDate.of(2022, 2, 24), LocalDate.of(2022, 12, 31));

        assertThat(outcome(window, anApplicant().with(Fact.ENTRY_DATE, LocalDate.of(2022, 2, 24))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(window, anApplicant().with(Fact.ENTRY_DATE, LocalDate.of(2022, 12, 31))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(window, anApplicant().with(Fact.ENTRY_DATE, LocalDate.of(2023, 1, 1))))
                .isEqualTo(Outcome.NOT_MET);
        assertThatThrownBy(() -> new DateBetween(Fact.ENTRY_DATE, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthsOfExperienceAreComparedAsNumbers() {
        Criterion experienced =
                new NumberCompare(Fact.EXPERIENCE_MONTHS, NumberCompare.Comparison.AT_LEAST, BigDecimal.valueOf(24));

        assertThat(outcome(experienced, anApplicant().with(Fact.EXPERIENCE_MONTHS, new BigDecimal("24.0"))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(experienced, anApplicant().with(Fact.EXPERIENCE_MONTHS, 23)))
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aFactOfTheWrongKindIsUnknownAndSaysWhich() {
        Criterion experienced =
                new NumberCompare(Fact.EXPERIENCE_MONTHS, NumberCompare.Comparison.AT_LEAST, BigDecimal.TEN);

        Explanation explanation =
                RuleSet.of(experienced).evaluate(anApplicant().with(Fact.EXPERIENCE_MONTHS, "two years"));

        assertThat(explanation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(explanation.reason()).isEqualTo(Reason.of("unknown.wrongType", Reason.of("fact.experience.months")));
        assertThat(explanation.missingFacts()).containsExactly(Fact.EXPERIENCE_MONTHS);
    }

    @Test
    void nationalityIsCheckedAgainstNamedListsAndCodes() {
        Criterion freeMovement = new CountryIn(Fact.NATIONALITY, List.of("CH"), List.of("eea"));

        assertThat(outcome(freeMovement, anApplicant().with(Fact.NATIONALITY, "NO")))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(freeMovement, anApplicant().with(Fact.NATIONALITY, "CH")))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(freeMovement, anApplicant().with(Fact.NATIONALITY, "SN")))
                .isEqualTo(Outcome.NOT_MET);
        assertThatThrownBy(() -> RuleSet.of(CountryIn.nationalityInList("schengen")))
                .hasMessageContaining("country list schengen is not defined");
        assertThatThrownBy(() -> CountryIn.nationalityIn("ZZ")).hasMessageContaining("ZZ");
    }

    @Test
    void theAreaMustBeDeclaredOnTheDayThePersonLeftIt() {
        Criterion displaced = new AreaListed("floods", new DateReference.FactDate(Fact.LEFT_AREA_ON));
        Facts fromMaputo = anApplicant().with(Fact.AREA, "MZ-S");

        assertThat(outcome(displaced, fromMaputo.with(Fact.LEFT_AREA_ON, LocalDate.of(2025, 6, 30))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(displaced, fromMaputo.with(Fact.LEFT_AREA_ON, LocalDate.of(2025, 7, 1))))
                .isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(
                        displaced,
                        anApplicant().with(Fact.AREA, "BD-10").with(Fact.LEFT_AREA_ON, LocalDate.of(2030, 1, 1))))
                .as("a declaration without an end lasts")
                .isEqualTo(Outcome.MET);
        assertThat(RuleSet.of(AllOf.allOf(new HasPartner(true))).requiredFacts())
                .containsExactly(Fact.PARTNER);
    }

    @Test
    void aWageInAnotherCurrencyIsUnknownNotConverted() {
        Criterion minimumWage = new WageAtLeast(new Money(new BigDecimal("1800.00"), "EUR"));

        Explanation explanation = RuleSet.of(minimumWage)
                .evaluate(anApplicant().with(Fact.WAGE, new Money(new BigDecimal("5000"), "USD")));

        assertThat(explanation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(explanation.reason()).isEqualTo(Reason.of("unknown.currency", "USD", "EUR"));
        assertThat(outcome(minimumWage, anApplicant().with(Fact.WAGE, new Money(new BigDecimal("1800"), "EUR"))))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(minimumWage, anApplicant().with(Fact.WAGE, new Money(new BigDecimal("1799.99"), "EUR"))))
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void anOccupationPrefixMatchesEveryCodeBelowIt() {
        Criterion farming = new OccupationIn(List.of("61"));

        assertThat(outcome(farming, anApplicant().with(Fact.OCCUPATION, "6111")))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(farming, anApplicant().with(Fact.OCCUPATION, "6211")))
                .isEqualTo(Outcome.NOT_MET);
        assertThatThrownBy(() -> new OccupationIn(List.of("61a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void familyCompositionCountsChildrenAndTheirAges() {
        Facts family = anApplicant()
                .withDates(Fact.CHILDREN_BIRTH_DATES, List.of(LocalDate.of(2006, 1, 1), LocalDate.of(2019, 5, 5)))
                .with(Fact.PARTNER, true);

        assertThat(outcome(new ChildCount(2, null), family)).isEqualTo(Outcome.MET);
        assertThat(outcome(new ChildCount(null, 1), family)).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(new ChildAged(AgeRange.under(6), applicationDate()), family))
                .isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(new ChildAged(AgeRange.under(18), applicationDate()), family))
                .isEqualTo(Outcome.MET);
        assertThat(outcome(new HasPartner(true), family)).isEqualTo(Outcome.MET);
        assertThat(outcome(new HasPartner(false), family)).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void documentsAndQuotasAreFactsTheCallerSupplies() {
        Facts facts = anApplicant()
                .withTexts(Fact.DOCUMENTS_PROVIDED, List.of("passport"))
                .with(Fact.quotaRemaining("care"), 0)
                .with(Fact.quotaRemaining("seasonal-2026"), 3);

        assertThat(outcome(new DocumentProvided("passport"), facts)).isEqualTo(Outcome.MET);
        assertThat(outcome(new DocumentProvided("job-contract"), facts)).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(new QuotaAvailable("care"), facts)).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(new QuotaAvailable("seasonal-2026"), facts)).isEqualTo(Outcome.MET);
        assertThat(outcome(new QuotaAvailable("agriculture"), facts)).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void theFeeIsCountedByHousehold() {
        RuleSet rules = withFees(List.of());
        Facts household = anApplicant()
                .with(Fact.ADULTS, 1)
                .withDates(Fact.CHILDREN_BIRTH_DATES, List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1)));

        FeeAssessment fee = rules.assessFee(household).orElseThrow();

        assertThat(fee.due()).isEqualTo(new Money(new BigDecimal("240.00"), "EUR"));
        assertThat(fee.explanation().reason()).isEqualTo(Reason.of("fee.due", new BigDecimal("240.00"), "EUR"));
    }

    @Test
    void theFirstWaiverThatIsMetMakesTheFeeNothingWithoutAskingAboutTheHousehold() {
        RuleSet rules = withFees(List.of(
                new FeeWaiver("child", new AgeBetween(AgeRange.under(18), applicationDate())),
                new FeeWaiver("refugee", new DocumentProvided("refugee-travel-document"))));
        Facts refugee = anApplicant()
                .with(Fact.PARTNER, true)
                .with(Fact.BIRTH_DATE, LocalDate.of(1990, 1, 1))
                .withTexts(Fact.DOCUMENTS_PROVIDED, List.of("refugee-travel-document"));

        FeeAssessment fee = rules.assessFee(refugee).orElseThrow();

        assertThat(fee.waiver()).isEqualTo("refugee");
        assertThat(fee.due().amount()).isZero();
        assertThat(rules.nextQuestion(refugee)).isEmpty();
    }

    @Test
    void anUndecidedWaiverLeavesTheFeeOpenAndIsAskedAboutFirst() {
        RuleSet rules = withFees(List.of(new FeeWaiver("refugee", new DocumentProvided("refugee-travel-document"))));
        Facts household = anApplicant()
                .with(Fact.PARTNER, true)
                .with(Fact.ADULTS, 0)
                .withDates(Fact.CHILDREN_BIRTH_DATES, List.of());

        FeeAssessment fee = rules.assessFee(household).orElseThrow();

        assertThat(fee.due()).isNull();
        assertThat(fee.explanation().outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(rules.nextQuestion(household)).contains(Fact.DOCUMENTS_PROVIDED);
    }

    @Test
    void anImplausibleHouseholdIsNotCharged() {
        Facts facts =
                anApplicant().with(Fact.ADULTS, new BigDecimal("1.5")).withDates(Fact.CHILDREN_BIRTH_DATES, List.of());

        assertThat(withFees(List.of()).assessFee(facts).orElseThrow().due()).isNull();
    }

    private static RuleSet withFees(List<FeeWaiver> waivers) {
        FeeSchedule fees = new FeeSchedule(
                "EUR", new BigDecimal("120.00"), new BigDecimal("60.00"), new BigDecimal("30.00"), waivers);
        return new RuleSet(Map.of(), Map.of(), new HasPartner(true), fees);
    }
}
