package org.openpathways.pathways.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openpathways.pathways.PathwayFixtures.aPathway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.DefinitionProblem;
import org.openpathways.pathways.DocumentFormat;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.rules.AgeBetween;
import org.openpathways.pathways.rules.AgeRange;
import org.openpathways.pathways.rules.AllOf;
import org.openpathways.pathways.rules.DateReference;
import org.openpathways.pathways.rules.DocumentProvided;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.RuleSet;

class PathwayDocumentsTest {

    @Test
    void aDefinitionWrittenAndReadBackIsTheSame() throws IOException {
        PathwayDefinition definition = aPathway("skilled-work");

        assertThat(read(new String(PathwayDocuments.write(definition), StandardCharsets.UTF_8)))
                .isEqualTo(definition);
    }

    @Test
    void aMisspeltFieldIsAnErrorNotLostText() {
        String json = new String(PathwayDocuments.write(aPathway("study")), StandardCharsets.UTF_8)
                .replace("\"whoCanApply\"", "\"whoCanAply\"");

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidPathwayDefinition.class)
                .hasMessageContaining("texts.en.whoCanAply")
                .hasMessageContaining("is not a known key here");
    }

    @Test
    void aDocumentThatIsNotJsonIsRefusedPlainly() {
        assertThatThrownBy(() -> read("{\"code\": \"study\", ")).isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> read("[]")).isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> read("{} {}")).isInstanceOf(InvalidPathwayDefinition.class);
    }

    @Test
    void everythingMissingIsListedAtOnce() {
        assertThatThrownBy(() -> read("{\"category\": \"tourism\", \"texts\": {\"de\": {}}}"))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems())
                                .contains(
                                        "code is missing",
                                        "category has an unknown value tourism (known: labour, family, study,"
                                                + " humanitarian-climate, regularization, free-movement,"
                                                + " temporary-protection)",
                                        "decisionTime is missing",
                                        "permit is missing",
                                        "texts.de is not a known key here (known: ar, en, es, fr)"));
    }

    @Test
    void emptyListItemsAndNamesAreReportedNotCrashedOn() {
        String json = new String(PathwayDocuments.write(aPathway("study")), StandardCharsets.UTF_8)
                .replaceFirst("\"documents\" : \\[ \"[^\"]*\"", "\"documents\" : [ null");

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems()).contains("texts.en.documents[0] is missing"));
    }

    @Test
    void datesMustBeIsoDates() {
        String json = new String(PathwayDocuments.write(aPathway("study")), StandardCharsets.UTF_8)
                .replace(
                        "\"fees\" : [",
                        "\"applicationWindow\" : {\"opens\": \"1 June\", \"closes\": \"2027-01-01\"}, \"fees\" : [");

        assertThatThrownBy(() -> read(json))
                .hasMessageContaining("applicationWindow.opens")
                .hasMessageContaining("must be a date written YYYY-MM-DD");
    }

    @Test
    void eligibilityRulesTravelWithTheDefinition() throws IOException {
        PathwayDefinition plain = aPathway("seasonal-work");
        PathwayDefinition definition = new PathwayDefinition(
                plain.code(),
                plain.category(),
                plain.decisionTime(),
                plain.applicationWindow(),
                plain.fees(),
                plain.permit(),
                plain.texts(),
                RuleSet.of(new AllOf(List.of(
                        new AgeBetween(AgeRange.atLeast(18), new DateReference.FactDate(Fact.APPLICATION_DATE)),
                        new DocumentProvided("passport")))));

        String json = new String(PathwayDocuments.write(definition), StandardCharsets.UTF_8);

        assertThat(json).contains("\"eligibility\"");
        assertThat(read(json)).isEqualTo(definition);
    }

    @Test
    void eligibilityRulesAreReadStrictlyAndTheirProblemsNamedUnderTheSection() {
        String json = new String(PathwayDocuments.write(aPathway("study")), StandardCharsets.UTF_8)
                .replace(
                        "\"fees\" : [",
                        "\"eligibility\": {\"criteria\": {\"allOf\": [{\"age\": {\"atLeast\": 18,"
                                + " \"at\": \"application.date\", \"colour\": 1}}]}}, \"fees\" : [");

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems())
                                .anySatisfy(problem -> assertThat(problem)
                                        .startsWith("eligibility.criteria.allOf[0].age")
                                        .contains("colour")));
    }

    @Test
    void yamlHoldsTheSameDocumentAndReadsBackEqual() {
        PathwayDefinition definition = aPathway("study");

        byte[] yaml = PathwayDocuments.write(definition, DocumentFormat.YAML);

        assertThat(new String(yaml, StandardCharsets.UTF_8))
                .contains("decisionTime:")
                .doesNotContain("{");
        assertThat(PathwayDocuments.read(new ByteArrayInputStream(yaml), DocumentFormat.YAML))
                .isEqualTo(definition);
    }

    @Test
    void aRequiredFieldSetToNullIsAProblemAtItsLine() {
        String yaml = new String(PathwayDocuments.write(aPathway("study"), DocumentFormat.YAML), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^category: .*$", "category: null");

        assertThatThrownBy(() -> PathwayDocuments.read(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DocumentFormat.YAML))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.located())
                                .containsExactly(new DefinitionProblem("category", 2, 11, "must have a value")));
    }

    @Test
    void aSecondYamlDocumentInTheStreamIsRefused() {
        String yaml =
                new String(PathwayDocuments.write(aPathway("study"), DocumentFormat.YAML), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PathwayDocuments.read(
                        new ByteArrayInputStream((yaml + "---\n" + yaml).getBytes(StandardCharsets.UTF_8)),
                        DocumentFormat.YAML))
                .isInstanceOf(InvalidPathwayDefinition.class)
                .hasMessageContaining("nothing may follow the document");
    }

    private static PathwayDefinition read(String json) throws IOException {
        return PathwayDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
