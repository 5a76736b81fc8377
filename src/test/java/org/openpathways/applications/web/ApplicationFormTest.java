package org.openpathways.applications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form's reading of what people type where the rules expect a code. */
class ApplicationFormTest {

    @Test
    void aSectorTypedInWordsIsReadAsTheCodeTheRulesUse() {
        assertThat(ApplicationForm.sector("Agriculture")).isEqualTo("agriculture");
        assertThat(ApplicationForm.sector("  Health & care ")).isEqualTo("health-care");
        assertThat(ApplicationForm.sector("hospitality")).isEqualTo("hospitality");
        assertThat(ApplicationForm.sector(null)).isNull();
    }

    @Test
    void aSectorWithNoLetterACodeCanHoldIsLeftForTheChecksToRefuse() {
        assertThat(ApplicationForm.sector("زراعة")).isEqualTo("زراعة");
    }

    @Test
    void theDetailsCarryTheSectorCode() {
        var form = ApplicationForm.of(Map.of("job.employer", "Atlantic Boatyard", "job.sector", "Ship Building"));
        assertThat(form.details(List.of()).job().sector()).isEqualTo("ship-building");
        assertThat(form.problems()).isEmpty();
    }
}
