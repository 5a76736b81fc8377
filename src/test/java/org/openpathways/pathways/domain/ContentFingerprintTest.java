package org.openpathways.pathways.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.pathways.PathwayFixtures.aPathway;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.PathwayDefinition;

class ContentFingerprintTest {

    @Test
    void theSameContentHasTheSameFingerprint() {
        assertThat(ContentFingerprint.of(aPathway("study"))).isEqualTo(ContentFingerprint.of(aPathway("study")));
    }

    @Test
    void anyChangeOfTextOrNumberChangesTheFingerprint() {
        PathwayDefinition original = aPathway("study");
        PathwayDefinition otherTitle = aPathway("study", "2");
        PathwayDefinition otherFee = new PathwayDefinition(
                original.code(),
                original.category(),
                original.decisionTime(),
                original.applicationWindow(),
                List.of(new Fee("application", new BigDecimal("121"), "EUR")),
                original.permit(),
                original.texts());

        assertThat(ContentFingerprint.of(otherTitle)).isNotEqualTo(ContentFingerprint.of(original));
        assertThat(ContentFingerprint.of(otherFee)).isNotEqualTo(ContentFingerprint.of(original));
    }

    @Test
    void anAmountWrittenDifferentlyIsTheSameAmount() {
        PathwayDefinition original = aPathway("study");
        PathwayDefinition sameAmount = new PathwayDefinition(
                original.code(),
                original.category(),
                original.decisionTime(),
                original.applicationWindow(),
                List.of(new Fee("application", new BigDecimal("120.00"), "EUR")),
                original.permit(),
                original.texts());

        assertThat(ContentFingerprint.of(sameAmount)).isEqualTo(ContentFingerprint.of(original));
    }
}
