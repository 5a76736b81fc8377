package org.openpathways.screening;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the screening module.
 *
 * @param questionnaire where the questionnaire document is (a Spring resource location, YAML or JSON)
 * @param childAge a person younger than this, by claimed or assessed age, is a child
 * @param guardianHours a guardian or representative must be assigned within this many hours of the case becoming a
 *     child's
 * @param determinationSituations the situations, named in a best-interests assessment, that require a best-interests
 *     determination by a panel; each is named by the message {@code screening.situation.<code>}
 * @param panelSize the fewest distinct members of a best-interests determination panel
 */
@ConfigurationProperties("openpathways.screening")
public record ScreeningProperties(
        @DefaultValue("classpath:screening/questionnaire.yaml")
        String questionnaire,

        @DefaultValue("18") int childAge,
        @DefaultValue("24") int guardianHours,

        @DefaultValue({"durable-solution", "separation-against-will", "temporary-care"})
        List<String> determinationSituations,

        @DefaultValue("3") int panelSize) {

    /** Every situation a best-interests assessment may name, whether or not it requires a determination. */
    public static final List<String> SITUATIONS =
            List.of("durable-solution", "separation-against-will", "temporary-care", "family-reunification", "other");

    public ScreeningProperties {
        determinationSituations = List.copyOf(determinationSituations);
        if (!SITUATIONS.containsAll(determinationSituations)) {
            throw new IllegalArgumentException("openpathways.screening.determination-situations must be among "
                    + SITUATIONS + ", not " + determinationSituations);
        }
        if (panelSize < 3) {
            throw new IllegalArgumentException("openpathways.screening.panel-size must be at least 3");
        }
        if (guardianHours < 1 || childAge < 1) {
            throw new IllegalArgumentException("openpathways.screening.guardian-hours and child-age must be positive");
        }
    }
}
