package org.openpathways.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openpathways.pathways.rules.DateReference.applicationDate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.openpathways.pathways.rules.NumberCompare.Comparison;

/** The compiled evaluation decides exactly the outcome {@link RuleSet#evaluate} decides. */
class CompiledRulesTest {

    static final LocalDate APPLIED = LocalDate.of(2026, 6, 1);

    @Provide
    Arbitrary<RuleSet> rules() {
        return RuleArbitraries.ruleSets();
    }

    @Provide
    Arbitrary<Facts> facts() {
        return RuleArbitraries.facts();
    }

    @Property(tries = 3000)
    void theCompiledOutcomeIsTheEvaluatedOne(@ForAll("rules") RuleSet rules, @ForAll("facts") Facts facts) {
        CompiledRules compiled = rules.compile();

        assertThat(compiled.outcome(compiled.sheet(facts)))
                .isEqualTo(rules.evaluate(facts).outcome());
    }

    @Property(tries = 500)
    void deeperTreesToo(@ForAll("deepCriteria") Criterion criterion, @ForAll("facts") Facts facts) {
        RuleSet rules = new RuleSet(RuleArbitraries.COUNTRY_LISTS, RuleArbitraries.AREA_LISTS, criterion, null);

        assertThat(rules.compile().outcome(facts))
                .isEqualTo(rules.evaluate(facts).outcome());
    }

    @Provide
    Arbitrary<Criterion> deepCriteria() {
        return RuleArbitraries.criteria(5);
    }

    @Property(tries = 2000)
    void numbersCompareAsBigDecimalsDo(
            @ForAll("numbers") BigDecimal actual, @ForAll("numbers") BigDecimal value, @ForAll Comparison comparison) {
        RuleSet rules = RuleSet.of(new NumberCompare(Fact.HOURS_PER_WEEK, comparison, value));
        Facts facts = Facts.none().with(Fact.HOURS_PER_WEEK, actual);

        assertThat(rules.compile().outcome(facts))
                .isEqualTo(rules.evaluate(facts).outcome());
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigDecimal> near = Arbitraries.integers()
                .between(-30, 30)
                .flatMap(whole -> Arbitraries.integers()
                        .between(0, 4)
                        .map(scale -> BigDecimal.valueOf(whole).setScale(scale)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, near),
                Tuple.of(2, RuleArbitraries.numbers()),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                new BigDecimal("19.5"),
                                new BigDecimal("-19.5"),
                                new BigDecimal("2E+1"),
                                new BigDecimal("1E+999999"),
                                new BigDecimal("-1E+999999"),
                                new BigDecimal("1E-999999"),
                                new BigDecimal("-1E-999999"),
                                new BigDecimal("9223372036854775807"),
                                new BigDecimal("9223372036854775808"),
                                new BigDecimal("-9223372036854775809"),
                                new BigDecimal("999999999999999999.5"),
                                new BigDecimal("-999999999999999999.5"),
                                new BigDecimal("0E+5"))));
    }

    @Property(tries = 3000)
    void wholeMonthsAndAgesAreCountedAsPeriodCountsThem(
            @ForAll("anyDates") LocalDate first, @ForAll("anyDates") LocalDate second) {
        LocalDate from = first.isAfter(second) ? second : first;
        LocalDate to = first.isAfter(second) ? first : second;

        assertThat(FactSheet.months(FactSheet.day(from), FactSheet.day(to)))
                .isEqualTo(Period.between(from, to).toTotalMonths());
        assertThat(FactSheet.age(FactSheet.day(first), FactSheet.day(second))).isEqualTo(AgeRange.age(first, second));
        assertThat(Long.signum(FactSheet.day(first) - FactSheet.day(second)))
                .isEqualTo(Integer.signum(first.compareTo(second)));
    }

    @Provide
    Arbitrary<LocalDate> anyDates() {
        Arbitrary<LocalDate> monthEnds = Arbitraries.integers()
                .between(1990, 2030)
                .flatMap(year -> Arbitraries.integers()
                        .between(1, 12)
                        .map(month -> LocalDate.of(year, month, 1).plusMonths(1).minusDays(1)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, RuleArbitraries.dates()),
                Tuple.of(2, monthEnds),
                Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2000, 2, 29))),
                Tuple.of(
                        1,
                        Arbitraries.longs()
                                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                                .map(LocalDate::ofEpochDay)));
    }

    @Example
    void theGeneratedRulesHoldEveryKindOfCriterion() {
        Set<Class<?>> generated = new HashSet<>();
        RuleArbitraries.criteria(3)
                .sampleStream()
                .limit(3000)
                .forEach(criterion -> criterion.walk().forEach(part -> generated.add(part.getClass())));

        assertThat(generated)
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Criterion.class.getPermittedSubclasses()));
    }

    @Example
    void aValueOfTheWrongKindIsUnknown() {
        Criterion adult = new AgeBetween(AgeRange.atLeast(18), applicationDate());
        Facts facts = Facts.none()
                .with(Fact.APPLICATION_DATE, APPLIED)
                .with(Fact.BIRTH_DATE.name(), new FactValue.TextValue("1990-01-01"));

        assertThat(outcomes(adult, facts)).containsExactly(Outcome.UNKNOWN);
    }

    @Example
    void anAgeAtTheApplicationDateIsUnknownWithoutIt() {
        Criterion adult = new AgeBetween(AgeRange.atLeast(18), applicationDate());
        Facts facts = Facts.none().with(Fact.BIRTH_DATE, LocalDate.of(1990, 1, 1));

        assertThat(outcomes(adult, facts)).containsExactly(Outcome.UNKNOWN);
        assertThat(outcomes(adult, facts.with(Fact.APPLICATION_DATE, APPLIED))).containsExactly(Outcome.MET);
    }

    @Example
    void someoneBornOnTheTwentyNinthOfFebruaryTurnsEighteenOnTheFirstOfMarch() {
        Facts leapling = Facts.none().with(Fact.BIRTH_DATE, LocalDate.of(2008, 2, 29));

        assertThat(outcomes(
                        new AgeBetween(AgeRange.atLeast(18), DateReference.on(LocalDate.of(2026, 2, 28))), leapling))
                .containsExactly(Outcome.NOT_MET);
        assertThat(outcomes(new AgeBetween(AgeRange.atLeast(18), DateReference.on(LocalDate.of(2026, 3, 1))), leapling))
                .containsExactly(Outcome.MET);
    }

    @Example
    void fourYearsSinceTheThirtyFirstAreReachedOnTheThirtyFirst() {
        Criterion resident = TimeSince.yearsSince(Fact.RESIDENCE_SINCE, 4, applicationDate());
        Facts facts = Facts.none().with(Fact.RESIDENCE_SINCE, LocalDate.of(2022, 5, 31));

        assertThat(outcomes(resident, facts.with(Fact.APPLICATION_DATE, LocalDate.of(2026, 5, 30))))
                .containsExactly(Outcome.NOT_MET);
        assertThat(outcomes(resident, facts.with(Fact.APPLICATION_DATE, LocalDate.of(2026, 5, 31))))
                .containsExactly(Outcome.MET);
    }

    @Example
    void aWageInAnotherCurrencyIsUnknown() {
        Criterion wage = new WageAtLeast(new Money(new BigDecimal("1400.00"), "EUR"));
        Facts facts = Facts.none().with(Fact.WAGE, new Money(new BigDecimal("5000"), "USD"));

        assertThat(outcomes(wage, facts)).containsExactly(Outcome.UNKNOWN);
        assertThat(outcomes(wage, facts.with(Fact.WAGE, new Money(new BigDecimal("1400"), "EUR"))))
                .containsExactly(Outcome.MET);
        assertThat(outcomes(wage, facts.with(Fact.WAGE, new Money(new BigDecimal("1399.99"), "EUR"))))
                .containsExactly(Outcome.NOT_MET);
    }

    @Example
    void aQuotaHasPlacesOnlyWhenMoreThanNoneRemain() {
        Criterion quota = new QuotaAvailable("care");
        Fact remaining = Fact.quotaRemaining("care");

        assertThat(outcomes(quota, Facts.none())).containsExactly(Outcome.UNKNOWN);
        assertThat(outcomes(quota, Facts.none().with(remaining, 0))).containsExactly(Outcome.NOT_MET);
        assertThat(outcomes(quota, Facts.none().with(remaining, new BigDecimal("0.5"))))
                .containsExactly(Outcome.MET);
        assertThat(outcomes(quota, Facts.none().with(remaining, -3))).containsExactly(Outcome.NOT_MET);
    }

    @Example
    void aWholeNumberIsNeverEqualToAFraction() {
        Facts twenty = Facts.none().with(Fact.HOURS_PER_WEEK, 20);

        assertThat(outcomes(
                        new NumberCompare(Fact.HOURS_PER_WEEK, Comparison.AT_LEAST, new BigDecimal("19.5")), twenty))
                .containsExactly(Outcome.MET);
        assertThat(outcomes(
                        new NumberCompare(Fact.HOURS_PER_WEEK, Comparison.EQUAL_TO, new BigDecimal("20.00")), twenty))
                .containsExactly(Outcome.MET);
        assertThat(outcomes(
                        new NumberCompare(Fact.HOURS_PER_WEEK, Comparison.LESS_THAN, new BigDecimal("20.5")), twenty))
                .containsExactly(Outcome.MET);
    }

    @Example
    void aGroupIsDecidedByOnePartWhateverTheOthersAre() {
        Criterion partner = new HasPartner(true);
        Criterion passport = new DocumentProvided("passport");
        Facts noPartner = Facts.none().with(Fact.PARTNER, false);

        assertThat(outcomes(AllOf.allOf(partner, passport), noPartner)).containsExactly(Outcome.NOT_MET);
        assertThat(outcomes(AnyOf.anyOf(passport, Not.not(partner)), noPartner)).containsExactly(Outcome.MET);
        assertThat(outcomes(AnyOf.anyOf(passport, partner), noPartner)).containsExactly(Outcome.UNKNOWN);
    }

    @Example
    void aCountryIsInTheCountriesWrittenOrInANamedList() {
        Criterion country = new CountryIn(Fact.NATIONALITY, List.of("SY"), List.of("eea"));

        assertThat(outcomes(country, Facts.none().with(Fact.NATIONALITY, "PL"))).containsExactly(Outcome.MET);
        assertThat(outcomes(country, Facts.none().with(Fact.NATIONALITY, "SY"))).containsExactly(Outcome.MET);
        assertThat(outcomes(country, Facts.none().with(Fact.NATIONALITY, "SN"))).containsExactly(Outcome.NOT_MET);
    }

    @Example
    void anAreaIsListedOnlyWithinItsPeriod() {
        Criterion displaced = new AreaListed("floods", new DateReference.FactDate(Fact.LEFT_AREA_ON));
        Facts facts = Facts.none().with(Fact.AREA, "MZ-S");

        assertThat(outcomes(displaced, facts)).containsExactly(Outcome.UNKNOWN);
        assertThat(outcomes(displaced, facts.with(Fact.LEFT_AREA_ON, LocalDate.of(2025, 6, 30))))
                .containsExactly(Outcome.MET);
        assertThat(outcomes(displaced, facts.with(Fact.LEFT_AREA_ON, LocalDate.of(2025, 7, 1))))
                .containsExactly(Outcome.NOT_MET);
    }

    @Example
    void aSheetIsReadOnlyByTheRulesThatMadeIt() {
        CompiledRules one = RuleSet.of(new HasPartner(true)).compile();
        CompiledRules other = RuleSet.of(new HasPartner(true)).compile();

        assertThatThrownBy(() -> other.outcome(one.sheet(Facts.none()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void theSheetHoldsEachFactTheRulesReadOnce() {
        RuleSet rules = RuleSet.of(AllOf.allOf(
                new AgeBetween(AgeRange.atLeast(18), applicationDate()),
                TimeSince.yearsSince(Fact.RESIDENCE_SINCE, 2, applicationDate()),
                new QuotaAvailable("care")));

        assertThat(rules.compile().facts())
                .containsExactly(
                        Fact.BIRTH_DATE, Fact.APPLICATION_DATE, Fact.RESIDENCE_SINCE, Fact.quotaRemaining("care"));
    }

    /** The compiled outcome and the evaluated one, as a set: one element when they agree. */
    private static Set<Outcome> outcomes(Criterion criterion, Facts facts) {
        RuleSet rules = new RuleSet(RuleArbitraries.COUNTRY_LISTS, RuleArbitraries.AREA_LISTS, criterion, null);
        return List.of(rules.compile().outcome(facts), rules.evaluate(facts).outcome()).stream()
                .collect(Collectors.toSet());
    }
}
