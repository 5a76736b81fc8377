package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.openpathways.pathways.rules.NumberCompare.Comparison;

/** Random but valid rule sets, and random facts that are often missing and sometimes of the wrong kind. */
public final class RuleArbitraries {

    static final Map<String, List<String>> COUNTRY_LISTS =
            Map.of("eea", List.of("FR", "DE", "NO", "PL"), "ecowas", List.of("SN", "ML", "GH", "NG"));
    static final Map<String, List<AreaPeriod>> AREA_LISTS = Map.of(
            "floods",
            List.of(
                    new AreaPeriod("MZ-S", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                    new AreaPeriod("BD-10", LocalDate.of(2024, 7, 1), null)),
            "drought",
            List.of(new AreaPeriod("SO-BK", LocalDate.of(2023, 3, 1), LocalDate.of(2026, 12, 31))));
    static final List<String> COUNTRIES = List.of("FR", "DE", "SN", "ML", "SY", "PH", "XK", "US");
    static final List<String> AREAS = List.of("MZ-S", "BD-10", "SO-BK", "SN-DK");
    static final List<String> QUOTAS = List.of("seasonal-2026", "care");
    static final List<String> SECTORS = List.of("agriculture", "care", "construction", "hospitality");
    static final List<String> DOCUMENTS = List.of("passport", "job-contract", "birth-certificate");
    static final List<Fact> NUMBER_FACTS = List.of(
            Fact.EXPERIENCE_MONTHS,
            Fact.HOURS_PER_WEEK,
            Fact.CONTRACT_MONTHS,
            Fact.ADULTS,
            Fact.quotaRemaining("seasonal-2026"));
    static final List<Fact> DATE_FACTS =
            List.of(Fact.APPLICATION_DATE, Fact.BIRTH_DATE, Fact.LEFT_AREA_ON, Fact.ENTRY_DATE, Fact.RESIDENCE_SINCE);

    private RuleArbitraries() {}

    public static Arbitrary<RuleSet> ruleSets() {
        return Combinators.combine(criteria(3), fees().optional())
                .as((criteria, fees) -> new RuleSet(COUNTRY_LISTS, AREA_LISTS, criteria, fees.orElse(null)));
    }

    public static Arbitrary<Criterion> criteria(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<List<Criterion>> parts =
                criteria(depth - 1).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaves()),
                net.jqwik.api.Tuple.of(1, parts.map(AllOf::new)),
                net.jqwik.api.Tuple.of(1, parts.map(AnyOf::new)),
                net.jqwik.api.Tuple.of(1, criteria(depth - 1).map(Not::new)));
    }

    static Arbitrary<Criterion> leaves() {
        return Arbitraries.oneOf(List.of(
                Combinators.combine(Arbitraries.of(NUMBER_FACTS), Arbitraries.of(Comparison.class), numbers())
                        .as(NumberCompare::new),
                Combinators.combine(Arbitraries.of(DATE_FACTS), Arbitraries.of(DateCompare.Order.class), references())
                        .as(DateCompare::new),
                Combinators.combine(
                                Arbitraries.of(DATE_FACTS),
                                dates(),
                                Arbitraries.integers().between(0, 5000))
                        .as((fact, from, days) -> new DateBetween(fact, from, from.plusDays(days))),
                Combinators.combine(
                                Arbitraries.of(DATE_FACTS),
                                Arbitraries.integers().between(0, 20),
                                Arbitraries.integers().between(0, 11),
                                references())
                        .filter((since, years, months, at) -> years + months > 0)
                        .as(TimeSince::new),
                Combinators.combine(ageRanges(), references()).as(AgeBetween::new),
                Combinators.combine(ageRanges(), references()).as(ChildAged::new),
                Combinators.combine(
                                Arbitraries.of(Fact.NATIONALITY, Fact.COUNTRY_OF_RESIDENCE),
                                Arbitraries.subsetOf(COUNTRIES).map(RuleArbitraries::sorted),
                                Arbitraries.subsetOf(COUNTRY_LISTS.keySet()).map(RuleArbitraries::sorted))
                        .filter((fact, countries, lists) -> !countries.isEmpty() || !lists.isEmpty())
                        .as(CountryIn::new),
                Combinators.combine(Arbitraries.of(AREA_LISTS.keySet()), references())
                        .as(AreaListed::new),
                Arbitraries.subsetOf("6", "61", "611", "6111", "92", "2221")
                        .ofMinSize(1)
                        .map(prefixes -> new OccupationIn(sorted(prefixes))),
                Arbitraries.subsetOf(SECTORS).ofMinSize(1).map(sectors -> new SectorIn(sorted(sectors))),
                money().map(WageAtLeast::new),
                Combinators.combine(
                                Arbitraries.integers().between(0, 5).injectNull(0.3),
                                Arbitraries.integers().between(5, 10).injectNull(0.3))
                        .filter((atLeast, atMost) -> atLeast != null || atMost != null)
                        .as(ChildCount::new),
                Arbitraries.of(true, false).map(HasPartner::new),
                Arbitraries.of(DOCUMENTS).map(DocumentProvided::new),
                Arbitraries.of(QUOTAS).map(QuotaAvailable::new)));
    }

    static Arbitrary<FeeSchedule> fees() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("500"))
                .ofScale(2);
        Arbitrary<List<FeeWaiver>> waivers = Combinators.combine(
                        Arbitraries.of("refugee", "displaced", "minor"), criteria(1))
                .as(FeeWaiver::new)
                .list()
                .ofMaxSize(3)
                .uniqueElements(FeeWaiver::code);
        return Combinators.combine(Arbitraries.of("EUR", "XOF", "KWD"), amounts, amounts, amounts, waivers)
                .as((currency, base, adult, child, waived) -> new FeeSchedule(
                        currency, fitted(base, currency), fitted(adult, currency), fitted(child, currency), waived));
    }

    private static BigDecimal fitted(BigDecimal amount, String currency) {
        return FeeSchedule.isAmount(amount, currency) ? amount : amount.setScale(0, java.math.RoundingMode.DOWN);
    }

    /** Facts for every known fact name and a stray one: absent, of the right kind, or of any kind. */
    public static Arbitrary<Facts> facts() {
        List<Fact> facts = new ArrayList<>(Fact.FIXED);
        QUOTAS.forEach(quota -> facts.add(Fact.quotaRemaining(quota)));
        List<Arbitrary<java.util.Optional<FactValue>>> values = facts.stream()
                .map(fact -> Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(3, rightKind(fact)), net.jqwik.api.Tuple.of(1, anyValue()))
                        .injectNull(0.35)
                        .map(java.util.Optional::ofNullable))
                .toList();
        Arbitrary<java.util.Optional<FactValue>> stray =
                anyValue().injectNull(0.5).map(java.util.Optional::ofNullable);
        return Combinators.combine(Combinators.combine(values).as(chosen -> chosen), stray)
                .as((chosen, strayValue) -> {
                    Map<String, FactValue> map = new TreeMap<>();
                    for (int i = 0; i < facts.size(); i++) {
                        String name = facts.get(i).name();
                        chosen.get(i).ifPresent(value -> map.put(name, value));
                    }
                    strayValue.ifPresent(value -> map.put("person.favouriteColour", value));
                    return new Facts(map);
                });
    }

    static Arbitrary<FactValue> rightKind(Fact fact) {
        if (fact.equals(Fact.NATIONALITY) || fact.equals(Fact.COUNTRY_OF_RESIDENCE)) {
            return Arbitraries.of(COUNTRIES).map(FactValue.TextValue::new);
        }
        if (fact.equals(Fact.AREA)) {
            return Arbitraries.of(AREAS).map(FactValue.TextValue::new);
        }
        if (fact.equals(Fact.SECTOR)) {
            return Arbitraries.of(SECTORS).map(FactValue.TextValue::new);
        }
        if (fact.equals(Fact.OCCUPATION)) {
            return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(FactValue.TextValue::new);
        }
        if (fact.equals(Fact.DOCUMENTS_PROVIDED)) {
            return Arbitraries.subsetOf(DOCUMENTS).map(FactValue.TextSetValue::new);
        }
        return switch (fact.type()) {
            case DATE -> dates().map(FactValue.DateValue::new);
            case NUMBER ->
                Arbitraries.integers().between(-2, 60).map(n -> new FactValue.NumberValue(BigDecimal.valueOf(n)));
            case MONEY -> money().map(FactValue.MoneyValue::new);
            case TEXT -> Arbitraries.strings().ofMaxLength(5).map(FactValue.TextValue::new);
            case BOOLEAN -> Arbitraries.of(true, false).map(FactValue.BooleanValue::new);
            case DATE_LIST -> dates().list().ofMaxSize(4).map(FactValue.DateListValue::new);
            case TEXT_SET ->
                Arbitraries.strings().alpha().ofMaxLength(4).set().ofMaxSize(3).map(FactValue.TextSetValue::new);
        };
    }

    /** Any value at all, extremes included: dates at the ends of time, numbers with huge exponents. */
    static Arbitrary<FactValue> anyValue() {
        Arbitrary<LocalDate> extremeDates =
                Arbitraries.oneOf(dates(), Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2000, 2, 29)));
        Arbitrary<BigDecimal> extremeNumbers = Arbitraries.oneOf(
                numbers(),
                Arbitraries.of(
                        new BigDecimal("1E+999999"),
                        new BigDecimal("-1E-999999"),
                        new BigDecimal("12.5"),
                        BigDecimal.ZERO));
        return Arbitraries.oneOf(List.of(
                extremeDates.map(FactValue.DateValue::new),
                extremeNumbers.map(FactValue.NumberValue::new),
                Combinators.combine(extremeNumbers, Arbitraries.of("EUR", "USD", "JPY"))
                        .as((amount, currency) -> new FactValue.MoneyValue(new Money(amount, currency))),
                Arbitraries.strings().ofMaxLength(8).map(FactValue.TextValue::new),
                Arbitraries.of(true, false).map(FactValue.BooleanValue::new),
                extremeDates.list().ofMaxSize(3).map(FactValue.DateListValue::new),
                Arbitraries.strings().ofMaxLength(8).set().ofMaxSize(3).map(FactValue.TextSetValue::new)));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 80 * 366)
                .map(days -> LocalDate.of(1950, 1, 1).plusDays(days));
    }

    static Arbitrary<BigDecimal> numbers() {
        return Combinators.combine(
                        Arbitraries.longs().between(-100_000, 100_000),
                        Arbitraries.integers().between(-2, 3))
                .as(BigDecimal::valueOf);
    }

    static Arbitrary<Money> money() {
        return Combinators.combine(numbers(), Arbitraries.of("EUR", "USD"))
                .as((amount, currency) -> new Money(amount.abs(), currency));
    }

    static Arbitrary<DateReference> references() {
        return Arbitraries.oneOf(
                dates().map(DateReference::on), Arbitraries.of(DATE_FACTS).map(DateReference.FactDate::new));
    }

    static Arbitrary<AgeRange> ageRanges() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 70).injectNull(0.3),
                        Arbitraries.integers().between(1, 100).injectNull(0.3))
                .filter((atLeast, under) ->
                        (atLeast != null || under != null) && (atLeast == null || under == null || atLeast < under))
                .as(AgeRange::new);
    }

    private static List<String> sorted(java.util.Set<String> codes) {
        return codes.stream().sorted().toList();
    }
}
