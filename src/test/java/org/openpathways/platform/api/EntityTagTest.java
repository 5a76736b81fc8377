package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagTest {

    @Test
    void listsOfTagsAreParsedWithWeaknessAndWildcards() {
        assertThat(EntityTag.parseList("\"1\", W/\"2\" ,*"))
                .containsExactly(new EntityTag("1", false), new EntityTag("2", true), new EntityTag("*", false));
    }

    @Test
    void aMalformedMemberEndsTheList() {
        assertThat(EntityTag.parseList("\"1\", broken, \"3\"")).containsExactly(new EntityTag("1", false));
        assertThat(EntityTag.parseList("\"unterminated")).isEmpty();
    }

    @Test
    void ifMatchComparesStronglyAndNeedsTheHeaderOnlyWhenRequired() {
        IfMatch.of("\"4\"").require(4);
        IfMatch.of(null).requireIfPresent(4);
        assertThatThrownBy(() -> IfMatch.of("W/\"4\"").require(4))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo("precondition-failed"));
        assertThatThrownBy(() -> IfMatch.of(" ").require(4))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo("precondition-required"));
    }
}
