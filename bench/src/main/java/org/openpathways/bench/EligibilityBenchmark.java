package org.openpathways.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.openpathways.pathways.rules.CompiledRules;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactSheet;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.Outcome;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.pathways.rules.json.RuleDocuments;

/**
 * Eligibility (issue 3): a ten-criterion rule set read from its JSON form ({@code eligibility-ten-criteria.json}, through
 * {@link RuleDocuments}, as pathway documents are) evaluated over generated profiles, against the same ten checks
 * written by hand in Java over the same profiles. One thread; each invocation evaluates all {@value #PROFILES} profiles.
 *
 * <ul>
 *   <li>{@code compiledRules}: {@link CompiledRules#outcome(FactSheet)}, the outcome-only evaluation of the rule set
 *       compiled once ({@link RuleSet#compile()}), over the profiles' fact sheets made in set-up, as the hand-written
 *       baseline's records are — the run the target measures;
 *   <li>{@code compiledRulesWithSheet}: the same, making each profile's sheet from its {@link Facts} in the loop (for
 *       information: the cost when each profile is judged once);
 *   <li>{@code ruleSet}: {@link RuleSet#evaluate(Facts)}, which also builds the explanation (a reason per criterion) the
 *       application shows and stores (for information);
 *   <li>{@code handWritten}: the checks over a plain record of the profile, three-valued like the rule set (a missing
 *       fact makes the outcome unknown unless another check already failed) — the baseline of the target;
 *   <li>{@code handWrittenOverFacts}: the same checks reading the same {@link Facts} objects the rule set reads, to
 *       show how much of the difference is the representation of the profile rather than the rules' interpretation.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EligibilityBenchmark {

    static final int PROFILES = 1024;
    static final LocalDate ENTRY_FROM = LocalDate.of(2020, 1, 1);
    static final BigDecimal WAGE = new BigDecimal("1400.0");
    static final BigDecimal CONTRACT = BigDecimal.valueOf(3);
    static final BigDecimal HOURS = BigDecimal.valueOf(20);
    static final BigDecimal EXPERIENCE = BigDecimal.valueOf(6);
    static final Set<String> COUNTRIES = Set.of("SN", "MA", "PH", "IN", "NG", "VN", "GH", "TN");
    static final Set<String> SECTORS = Set.of("agriculture", "horticulture", "forestry");
    static final List<String> OCCUPATIONS = List.of("6", "92");

    private static final String[] NATIONALITIES = {"SN", "MA", "PH", "IN", "NG", "VN", "GH", "TN", "SD", "SY"};
    private static final String[] SECTOR_CODES = {"agriculture", "horticulture", "forestry", "care", "construction"};
    private static final String[] OCCUPATION_CODES = {"6111", "6121", "9211", "9212", "5322", "7112"};

    /** A profile as hand-written code would hold it; null fields are facts not given. */
    record Profile(
            LocalDate applicationDate,
            LocalDate birthDate,
            String nationality,
            Integer contractMonths,
            Integer hoursPerWeek,
            BigDecimal wage,
            String currency,
            String occupation,
            String sector,
            Integer experienceMonths,
            LocalDate entryDate,
            Set<String> documents) {}

    RuleSet rules;
    CompiledRules compiled;
    Profile[] profiles;
    Facts[] facts;
    FactSheet[] sheets;

    @Setup
    public void setUp() throws IOException {
        try (InputStream json = EligibilityBenchmark.class.getResourceAsStream("/eligibility-ten-criteria.json")) {
            rules = RuleDocuments.read(json);
        }
        compiled = rules.compile();
        profiles = generate(PROFILES, 2026);
        facts = new Facts[profiles.length];
        sheets = new FactSheet[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            facts[i] = facts(profiles[i]);
            sheets[i] = compiled.sheet(facts[i]);
        }
    }

    /**
     * Applicants as a pathway sees them: each criterion is met with a probability of 95% (so a little over half meet all
     * ten), and one profile in twenty lacks a fact (the wage or the entry date), which leaves the outcome unknown unless
     * another criterion fails.
     */
    static Profile[] generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Profile[] generated = new Profile[count];
        LocalDate today = LocalDate.of(2026, 11, 30);
        String[] eligibleNationalities = COUNTRIES.stream().sorted().toArray(String[]::new);
        for (int i = 0; i < count; i++) {
            boolean complete = random.nextInt(20) != 0;
            LocalDate applied = today.minusDays(random.nextInt(365));
            generated[i] = new Profile(
                    applied,
                    met(random)
                            ? applied.minusYears(18 + random.nextInt(42)).minusDays(random.nextInt(365))
                            : applied.minusYears(random.nextBoolean() ? 16 : 61),
                    met(random)
                            ? eligibleNationalities[random.nextInt(eligibleNationalities.length)]
                            : (random.nextBoolean() ? "SD" : "SY"),
                    met(random) ? 3 + random.nextInt(10) : random.nextInt(3),
                    met(random) ? 20 + random.nextInt(25) : 5 + random.nextInt(15),
                    complete || random.nextBoolean()
                            ? BigDecimal.valueOf(met(random) ? 1400 + random.nextInt(1500) : 900 + random.nextInt(500))
                            : null,
                    random.nextInt(100) == 0 ? "USD" : "EUR",
                    met(random) ? OCCUPATION_CODES[random.nextInt(4)] : OCCUPATION_CODES[4 + random.nextInt(2)],
                    met(random) ? SECTOR_CODES[random.nextInt(3)] : SECTOR_CODES[3 + random.nextInt(2)],
                    met(random) ? 6 + random.nextInt(60) : random.nextInt(6),
                    complete || random.nextBoolean()
                            ? (met(random)
                                    ? LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000))
                                    : LocalDate.of(2015, 1, 1).plusDays(random.nextInt(1500)))
                            : null,
                    met(random) ? Set.of("passport", "diploma") : Set.of("diploma"));
        }
        return generated;
    }

    private static boolean met(SplittableRandom random) {
        return random.nextInt(100) < 95;
    }

    static Facts facts(Profile profile) {
        Facts facts = Facts.none()
                .with(Fact.APPLICATION_DATE, profile.applicationDate())
                .with(Fact.BIRTH_DATE, profile.birthDate())
                .with(Fact.NATIONALITY, profile.nationality())
                .with(Fact.CONTRACT_MONTHS, profile.contractMonths().longValue())
                .with(Fact.HOURS_PER_WEEK, profile.hoursPerWeek().longValue())
                .with(Fact.OCCUPATION, profile.occupation())
                .with(Fact.SECTOR, profile.sector())
                .with(Fact.EXPERIENCE_MONTHS, profile.experienceMonths().longValue())
                .withTexts(Fact.DOCUMENTS_PROVIDED, profile.documents());
        if (profile.wage() != null) {
            facts = facts.with(Fact.WAGE, new Money(profile.wage(), profile.currency()));
        }
        if (profile.entryDate() != null) {
            facts = facts.with(Fact.ENTRY_DATE, profile.entryDate());
        }
        return facts;
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void compiledRules(Blackhole sink) {
        for (FactSheet sheet : sheets) {
            sink.consume(compiled.outcome(sheet));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void compiledRulesWithSheet(Blackhole sink) {
        for (Facts profile : facts) {
            sink.consume(compiled.outcome(compiled.sheet(profile)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void ruleSet(Blackhole sink) {
        for (Facts profile : facts) {
            sink.consume(rules.evaluate(profile).outcome());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void handWritten(Blackhole sink) {
        for (Profile profile : profiles) {
            sink.consume(handWritten(profile));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void handWrittenOverFacts(Blackhole sink) {
        for (Facts profile : facts) {
            sink.consume(handWrittenOverFacts(profile));
        }
    }

    /** The ten criteria of the JSON document, by hand: not met as soon as one fails, unknown when a fact is missing. */
    static Outcome handWritten(Profile p) {
        boolean unknown = false;
        int age = Period.between(p.birthDate(), p.applicationDate()).getYears();
        if (age < 18 || age >= 60) {
            return Outcome.NOT_MET;
        }
        if (!COUNTRIES.contains(p.nationality())) {
            return Outcome.NOT_MET;
        }
        if (p.contractMonths() < 3) {
            return Outcome.NOT_MET;
        }
        if (p.hoursPerWeek() < 20) {
            return Outcome.NOT_MET;
        }
        if (p.wage() == null || !p.currency().equals("EUR")) {
            unknown = true;
        } else if (p.wage().compareTo(WAGE) < 0) {
            return Outcome.NOT_MET;
        }
        if (!p.occupation().startsWith("6") && !p.occupation().startsWith("92")) {
            return Outcome.NOT_MET;
        }
        if (!SECTORS.contains(p.sector())) {
            return Outcome.NOT_MET;
        }
        if (p.experienceMonths() < 6) {
            return Outcome.NOT_MET;
        }
        if (p.entryDate() == null) {
            unknown = true;
        } else if (p.entryDate().isBefore(ENTRY_FROM)) {
            return Outcome.NOT_MET;
        }
        if (!p.documents().contains("passport")) {
            return Outcome.NOT_MET;
        }
        return unknown ? Outcome.UNKNOWN : Outcome.MET;
    }

    /** The same checks, reading the profile from the same {@link Facts} the rule set reads. */
    static Outcome handWrittenOverFacts(Facts f) {
        boolean unknown = false;
        LocalDate birth = date(f, Fact.BIRTH_DATE);
        LocalDate on = date(f, Fact.APPLICATION_DATE);
        if (birth == null || on == null) {
            unknown = true;
        } else {
            int age = Period.between(birth, on).getYears();
            if (age < 18 || age >= 60) {
                return Outcome.NOT_MET;
            }
        }
        String nationality = text(f, Fact.NATIONALITY);
        if (nationality == null) {
            unknown = true;
        } else if (!COUNTRIES.contains(nationality)) {
            return Outcome.NOT_MET;
        }
        for (var check : List.of(
                new Object[] {Fact.CONTRACT_MONTHS, CONTRACT},
                new Object[] {Fact.HOURS_PER_WEEK, HOURS},
                new Object[] {Fact.EXPERIENCE_MONTHS, EXPERIENCE})) {
            BigDecimal value = number(f, (Fact) check[0]);
            if (value == null) {
                unknown = true;
            } else if (value.compareTo((BigDecimal) check[1]) < 0) {
                return Outcome.NOT_MET;
            }
        }
        Money wage = f.get(Fact.WAGE)
                .map(v -> ((org.openpathways.pathways.rules.FactValue.MoneyValue) v).value())
                .orElse(null);
        if (wage == null || !wage.currency().equals("EUR")) {
            unknown = true;
        } else if (wage.amount().compareTo(WAGE) < 0) {
            return Outcome.NOT_MET;
        }
        String occupation = text(f, Fact.OCCUPATION);
        if (occupation == null) {
            unknown = true;
        } else if (OCCUPATIONS.stream().noneMatch(occupation::startsWith)) {
            return Outcome.NOT_MET;
        }
        String sector = text(f, Fact.SECTOR);
        if (sector == null) {
            unknown = true;
        } else if (!SECTORS.contains(sector)) {
            return Outcome.NOT_MET;
        }
        LocalDate entry = date(f, Fact.ENTRY_DATE);
        if (entry == null) {
            unknown = true;
        } else if (entry.isBefore(ENTRY_FROM)) {
            return Outcome.NOT_MET;
        }
        var documents = f.get(Fact.DOCUMENTS_PROVIDED)
                .map(v -> ((org.openpathways.pathways.rules.FactValue.TextSetValue) v).values())
                .orElse(null);
        if (documents == null) {
            unknown = true;
        } else if (!documents.contains("passport")) {
            return Outcome.NOT_MET;
        }
        return unknown ? Outcome.UNKNOWN : Outcome.MET;
    }

    private static LocalDate date(Facts f, Fact fact) {
        return f.get(fact)
                .map(v -> ((org.openpathways.pathways.rules.FactValue.DateValue) v).value())
                .orElse(null);
    }

    private static String text(Facts f, Fact fact) {
        return f.get(fact)
                .map(v -> ((org.openpathways.pathways.rules.FactValue.TextValue) v).value())
                .orElse(null);
    }

    private static BigDecimal number(Facts f, Fact fact) {
        return f.get(fact)
                .map(v -> ((org.openpathways.pathways.rules.FactValue.NumberValue) v).value())
                .orElse(null);
    }
}
