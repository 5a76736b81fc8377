package org.openpathways.pathways.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.Outcome;
import org.openpathways.pathways.rules.RuleSet;

class RuleDocumentsTest {

    static RuleSet climateAndSeasonalWork() throws IOException {
        try (InputStream json = RuleDocumentsTest.class.getResourceAsStream("/rules/climate-and-seasonal-work.json")) {
            return RuleDocuments.read(json);
        }
    }

    static List<Problem> problemsOf(String json) {
        return catchThrowableOfType(
                        InvalidRuleDocument.class, () -> RuleDocuments.read(json.getBytes(StandardCharsets.UTF_8)))
                .problems();
    }

    @Test
    void theExampleDocumentReadsAndDecidesASeasonalWorker() throws IOException {
        Facts worker = Facts.none()
                .with(Fact.APPLICATION_DATE, LocalDate.of(2026, 3, 1))
                .with(Fact.BIRTH_DATE, LocalDate.of(1995, 7, 14))
                .with(Fact.NATIONALITY, "SN")
                .with(Fact.AREA, "SN-DK")
                .with(Fact.LEFT_AREA_ON, LocalDate.of(2025, 10, 1))
                .with(Fact.SECTOR, "agriculture")
                .with(Fact.OCCUPATION, "6111")
                .with(Fact.HOURS_PER_WEEK, 35)
                .with(Fact.WAGE, new Money(new BigDecimal("1850.00"), "EUR"))
                .with(Fact.CONTRACT_MONTHS, 6)
                .with(Fact.quotaRemaining("seasonal-2026"), 12)
                .with(Fact.ENTRY_DATE, LocalDate.of(2026, 2, 1))
                .withTexts(Fact.DOCUMENTS_PROVIDED, List.of("passport"))
                .with(Fact.ADULTS, 1)
                .withDates(Fact.CHILDREN_BIRTH_DATES, List.of(LocalDate.of(2020, 1, 1)));

        RuleSet rules = climateAndSeasonalWork();

        assertThat(rules.evaluate(worker).outcome()).isEqualTo(Outcome.MET);
        var fee = rules.assessFee(worker).orElseThrow();
        assertThat(fee.due()).isEqualTo(new Money(new BigDecimal("210.00"), "EUR"));
        assertThat(fee.waiver()).isNull();
    }

    @Test
    void writingAndReadingTheExampleGivesTheSameRules() throws IOException {
        RuleSet rules = climateAndSeasonalWork();

        assertThat(RuleDocuments.read(RuleDocuments.write(rules))).isEqualTo(rules);
    }

    @Test
    void aWrongTypeDeepInTheTreeIsNamedByItsPathAndLine() {
        String json = """
                {
                  "criteria": {
                    "anyOf": [
                      { "document": "passport" },
                      { "allOf": [
                          { "timeSince": { "since": "residence.since", "years": "four", "at": "application.date" } }
                      ] }
                    ]
                  }
                }
                """;

        assertThat(problemsOf(json))
                .containsExactly(new Problem("criteria.anyOf[1].allOf[0].timeSince.years", 6, 65, "must be a number"));
    }

    @Test
    void unknownKeysKindsFactsComparisonsAndListsAreAllReported() {
        String json = """
                {
                  "criteria": { "allOf": [
                    { "age": { "atLeast": 18, "at": "application.date", "unit": "years" } },
                    { "residence": { "years": 4 } },
                    { "number": { "fact": "job.salary", "atLeast": 20 } },
                    { "number": { "fact": "job.hoursPerWeek", "roughly": 20 } },
                    { "country": { "fact": "person.nationality", "inLists": ["schengen"] } },
                    { "areaListed": { "list": "floods", "on": "2026-02-30" } }
                  ] },
                  "extra": true
                }
                """;

        assertThat(problemsOf(json))
                .extracting(Problem::path, Problem::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("extra", 10),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[0].age.unit", 3),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[1].residence", 4),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[2].number.fact", 5),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[3].number.roughly", 6),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[3].number", 6),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[4].country.inLists[0]", 7),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[5].areaListed.list", 8),
                        org.assertj.core.groups.Tuple.tuple("criteria.allOf[5].areaListed.on", 8));
    }

    @Test
    void aFactOfTheWrongTypeIsRefused() {
        assertThat(problemsOf(
                        "{\"criteria\": {\"date\": {\"fact\": \"job.sector\", \"before\": \"application.date\"}}}"))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "criteria.date.fact", "job.sector is not a fact of type date"));
    }

    @Test
    void malformedJsonIsReportedWithItsLine() {
        List<Problem> problems = problemsOf("{\n  \"criteria\": {\"document\": \"passport\"\n}");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).message()).startsWith("not well-formed JSON");
    }

    @Test
    void aRepeatedKeyIsRefusedRatherThanOneValueWinning() {
        assertThat(problemsOf("{\"criteria\": {\"partner\": true},\n \"criteria\": {\"partner\": false}}"))
                .containsExactly(new Problem("criteria", 2, 2, "appears twice"));
    }

    @Test
    void invalidCodesInListsAndFeesAreNamed() {
        String json = """
                {
                  "countryLists": { "eea": ["FR", "XX", "FR"], "Bad Name": ["DE"] },
                  "criteria": { "partner": true },
                  "fees": { "currency": "EUR", "base": 10.001, "perAdult": -1, "perChild": 0, "waivers": [] }
                }
                """;

        assertThat(problemsOf(json))
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "countryLists.eea[1]",
                        "countryLists.eea[2]",
                        "countryLists.Bad Name",
                        "fees.base",
                        "fees.perAdult");
    }

    @Test
    void aCriterionMustHaveExactlyOneKind() {
        assertThat(problemsOf("{\"criteria\": {\"partner\": true, \"document\": \"passport\"}}"))
                .extracting(Problem::path)
                .containsExactly("criteria");
        assertThat(problemsOf("{\"criteria\": {\"allOf\": []}}"))
                .extracting(Problem::path)
                .containsExactly("criteria.allOf");
    }
}
