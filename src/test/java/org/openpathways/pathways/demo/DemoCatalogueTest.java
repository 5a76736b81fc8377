package org.openpathways.pathways.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayEditor;
import org.openpathways.pathways.PathwayStatus;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoCatalogueTest {

    @Autowired
    DemoCatalogue demo;

    @Autowired
    PathwayCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        demo.load();
        long versions = count("pathways_version");
        long items = count("pathways_text_item");
        long audit = count("audit_entry");

        assertThat(demo.load()).isZero();

        assertThat(count("pathways_version")).isEqualTo(versions);
        assertThat(count("pathways_text_item")).isEqualTo(items);
        assertThat(count("audit_entry")).isEqualTo(audit);
    }

    @Test
    void everyDemonstrationPathwayIsPublishedAsWritten() {
        demo.load();

        for (PathwayDefinition definition : DemoCatalogue.definitions()) {
            assertThat(catalogue.status(definition.code())).contains(PathwayStatus.PUBLISHED);
            assertThat(catalogue.latestDefinition(definition.code())).contains(definition);
        }
        var page = catalogue.publishedPathways(new CatalogueQuery(Set.of(), 1, 100), Language.FRENCH);
        assertThat(page.items())
                .extracting(summary -> summary.code())
                .containsAll(DemoCatalogue.definitions().stream()
                        .map(PathwayDefinition::code)
                        .toList());
    }

    @Test
    void aPathwayRetiredByAnAdministratorStaysRetiredAfterARestart() {
        demo.load();
        String code = DemoCatalogue.definitions().get(0).code();
        catalogue.retire(code, PathwayEditor.system("test"));
        try {
            demo.load();

            assertThat(catalogue.status(code)).contains(PathwayStatus.RETIRED);
        } finally {
            catalogue.publish(code, PathwayEditor.system("test"));
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
