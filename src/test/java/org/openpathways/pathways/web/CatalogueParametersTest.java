package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.PathwayCategory;

class CatalogueParametersTest {

    @Test
    void nothingGivenMeansTheFirstPageOfEverything() {
        CatalogueQuery query = new CatalogueParameters(null, null, null).check().query();

        assertThat(query).isEqualTo(new CatalogueQuery(java.util.Set.of(), 1, CatalogueQuery.DEFAULT_SIZE));
        assertThat(query.effectiveCategories()).containsExactlyInAnyOrder(PathwayCategory.values());
    }

    @Test
    void categoriesArePickedByTheirCodes() {
        var checked = new CatalogueParameters(List.of("family", "free-movement", "family"), "2", "5").check();

        assertThat(checked.refusals()).isEmpty();
        assertThat(checked.query().categories())
                .containsExactlyInAnyOrder(PathwayCategory.FAMILY, PathwayCategory.FREE_MOVEMENT);
        assertThat(checked.query().offset()).isEqualTo(5);
    }

    @Test
    void unknownCategoriesAreRefusedNotIgnored() {
        for (String hostile : List.of("tourism", "LABOUR", "labour'; drop table x;--", "<b>", "../family")) {
            var checked = new CatalogueParameters(List.of(hostile), null, null).check();

            assertThat(checked.query()).as(hostile).isNull();
            assertThat(checked.refusals())
                    .extracting(CatalogueParameters.Refusal::field)
                    .containsExactly("category");
        }
    }

    @Test
    void pagesAndSizesMustBeWholeNumbersWithinTheLimits() {
        for (String bad : List.of("0", "-1", "1.5", "abc", "1e3", "10001", "99999999999", " 1", "+1", "٣")) {
            assertThat(new CatalogueParameters(null, bad, null).check().refusals())
                    .as("page " + bad)
                    .extracting(CatalogueParameters.Refusal::field)
                    .containsExactly("page");
        }
        for (String bad : List.of("0", "101", "x")) {
            assertThat(new CatalogueParameters(null, null, bad).check().refusals())
                    .as("size " + bad)
                    .extracting(CatalogueParameters.Refusal::field)
                    .containsExactly("size");
        }
        assertThat(new CatalogueParameters(null, "10000", "100").check().query())
                .isNotNull();
    }

    @Test
    void everyUnusableParameterIsReported() {
        assertThat(new CatalogueParameters(List.of("nope"), "0", "0").check().refusals())
                .extracting(CatalogueParameters.Refusal::field)
                .containsExactly("category", "page", "size");
    }
}
