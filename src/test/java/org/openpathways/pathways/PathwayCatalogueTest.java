package org.openpathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openpathways.pathways.PathwayFixtures.aPathway;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PathwayCatalogueTest {

    private static final PathwayEditor EDITOR = PathwayEditor.system("test");

    @Autowired
    PathwayCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSavedDefinitionIsReadBackExactly() {
        String code = uniqueCode();
        PathwayDefinition definition = aPathway(code);

        catalogue.save(definition, EDITOR);

        assertThat(catalogue.latestDefinition(code)).contains(definition);
        assertThat(catalogue.status(code)).contains(PathwayStatus.DRAFT);
    }

    @Test
    void aDraftIsNotPublic() {
        String code = uniqueCode();
        catalogue.save(aPathway(code), EDITOR);

        assertThat(catalogue.publishedPathway(code, Language.ENGLISH)).isEmpty();
        assertThat(codesOfFirstPage()).doesNotContain(code);
    }

    @Test
    void savingTheSameContentAgainAddsNoVersion() {
        String code = uniqueCode();

        SavedPathway first = catalogue.save(aPathway(code), EDITOR);
        SavedPathway second = catalogue.save(aPathway(code), EDITOR);

        assertThat(first).isEqualTo(new SavedPathway(code, 1, true));
        assertThat(second).isEqualTo(new SavedPathway(code, 1, false));
        assertThat(auditEntries(code, "pathways.saved")).isEqualTo(1);
    }

    @Test
    void publishedPathwaysAreReadInTheAskedLanguage() {
        String code = uniqueCode();
        catalogue.save(aPathway(code), EDITOR);
        catalogue.publish(code, EDITOR);

        PathwayDetails arabic =
                catalogue.publishedPathway(code, Language.ARABIC).orElseThrow();

        assertThat(arabic.text().title()).isEqualTo("عمل تجريبي 1");
        assertThat(arabic.fees()).singleElement().satisfies(fee -> {
            assertThat(fee.name()).isEqualTo("رسوم");
            assertThat(fee.amount()).isEqualByComparingTo("120");
            assertThat(fee.currency()).isEqualTo("EUR");
        });
        assertThat(arabic.decisionTime()).isEqualTo(new DecisionTime(90, DayCount.CALENDAR, 30));
        assertThat(arabic.text().decisionExtension()).isEqualTo("حالات معقدة");
        assertThat(arabic.permit().rights().workTie()).isEqualTo(WorkTie.EMPLOYER);
        assertThat(codesOfFirstPage()).contains(code);
    }

    @Test
    void aNewVersionReplacesThePublishedOneOnlyWhenPublished() {
        String code = uniqueCode();
        catalogue.save(aPathway(code, "first"), EDITOR);
        catalogue.publish(code, EDITOR);

        catalogue.save(aPathway(code, "second"), EDITOR);
        assertThat(title(code)).isEqualTo("Test work first");

        assertThat(catalogue.publish(code, EDITOR)).isTrue();
        assertThat(title(code)).isEqualTo("Test work second");
        assertThat(catalogue.publish(code, EDITOR)).isFalse();
    }

    @Test
    void thePublishedDefinitionFollowsEachPublicationWhileEveryVersionStaysAsSaved() {
        String code = uniqueCode();
        PathwayDefinition first = aPathway(code, "first");
        PathwayDefinition second = aPathway(code, "second");
        catalogue.save(first, EDITOR);
        assertThat(catalogue.publishedDefinition(code)).isEmpty();
        catalogue.publish(code, EDITOR);
        assertThat(catalogue.publishedDefinition(code)).contains(new PublishedDefinition(1, first));

        catalogue.save(second, EDITOR);
        assertThat(catalogue.publishedDefinition(code)).contains(new PublishedDefinition(1, first));
        catalogue.publish(code, EDITOR);

        assertThat(catalogue.publishedDefinition(code)).contains(new PublishedDefinition(2, second));
        assertThat(catalogue.definition(code, 1)).contains(first);
        assertThat(catalogue.definition(code, 2)).contains(second);
        catalogue.retire(code, EDITOR);
        assertThat(catalogue.publishedDefinition(code)).isEmpty();
        assertThat(catalogue.definition(code, 2)).contains(second);
    }

    @Test
    void aRetiredPathwayLeavesTheCatalogueButKeepsItsVersions() {
        String code = uniqueCode();
        catalogue.save(aPathway(code), EDITOR);
        catalogue.publish(code, EDITOR);

        assertThat(catalogue.retire(code, EDITOR)).isTrue();

        assertThat(catalogue.publishedPathway(code, Language.ENGLISH)).isEmpty();
        assertThat(catalogue.latestDefinition(code)).isPresent();
        assertThat(catalogue.retire(code, EDITOR)).isFalse();
        assertThat(auditEntries(code, "pathways.retired")).isEqualTo(1);
    }

    @Test
    void unknownOrUnpublishedPathwaysCannotBePublishedOrRetired() {
        String code = uniqueCode();
        assertThatThrownBy(() -> catalogue.publish(code, EDITOR))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo("pathway-not-found"));
        catalogue.save(aPathway(code), EDITOR);
        assertThatThrownBy(() -> catalogue.retire(code, EDITOR))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo("pathway-not-published"));
    }

    @Test
    void everyChangeIsAuditedWithItsActorAndVersion() {
        String code = uniqueCode();
        catalogue.save(aPathway(code), EDITOR);
        catalogue.publish(code, EDITOR);

        var entry = jdbc.sql("""
                        select actor, purpose, details from audit_entry
                        where record_type = 'pathway' and record_id = :code and action = 'pathways.published'
                        """)
                .param("code", code)
                .query((rs, row) ->
                        rs.getString("actor") + "|" + rs.getString("purpose") + "|" + rs.getString("details"))
                .single();
        assertThat(entry).startsWith("system:test|test|").contains("version").contains("1");
    }

    @Test
    void hostileCodesFindNothingAndQueryNothing() {
        for (String code : new String[] {"x' or '1'='1", "../etc/passwd", "%", "a".repeat(5000), ""}) {
            assertThat(catalogue.publishedPathway(code, Language.ENGLISH)).isEmpty();
        }
    }

    private String title(String code) {
        return catalogue
                .publishedPathway(code, Language.ENGLISH)
                .orElseThrow()
                .text()
                .title();
    }

    private java.util.List<String> codesOfFirstPage() {
        return catalogue
                .publishedPathways(new CatalogueQuery(Set.of(), 1, CatalogueQuery.MAX_SIZE), Language.ENGLISH)
                .items()
                .stream()
                .map(PathwaySummary::code)
                .toList();
    }

    private int auditEntries(String code, String action) {
        return jdbc.sql("select count(*) from audit_entry where record_id = :code and action = :action")
                .param("code", code)
                .param("action", action)
                .query(Integer.class)
                .single();
    }

    static String uniqueCode() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
