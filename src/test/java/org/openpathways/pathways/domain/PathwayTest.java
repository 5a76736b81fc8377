package org.openpathways.pathways.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.PathwayStatus;

class PathwayTest {

    private final Pathway created = Pathway.created(UUID.randomUUID(), "study");

    @Test
    void aNewPathwayIsADraftWithoutVersions() {
        assertThat(created.status()).isEqualTo(PathwayStatus.DRAFT);
        assertThat(created.latestVersion()).isZero();
        assertThat(created.everPublished()).isFalse();
        assertThatThrownBy(created::publishLatest).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publishingShowsTheLatestVersion() {
        Pathway published = created.withNewVersion().publishLatest().orElseThrow();

        assertThat(published.status()).isEqualTo(PathwayStatus.PUBLISHED);
        assertThat(published.publishedVersion()).isEqualTo(1);
    }

    @Test
    void publishingTheVersionAlreadyShownChangesNothing() {
        Pathway published = created.withNewVersion().publishLatest().orElseThrow();

        assertThat(published.publishLatest()).isEmpty();
    }

    @Test
    void aNewVersionStaysUnseenUntilPublished() {
        Pathway edited = created.withNewVersion().publishLatest().orElseThrow().withNewVersion();

        assertThat(edited.latestVersion()).isEqualTo(2);
        assertThat(edited.publishedVersion()).isEqualTo(1);
        assertThat(edited.publishLatest().orElseThrow().publishedVersion()).isEqualTo(2);
    }

    @Test
    void retiringKeepsTheVersionLastPublishedAndCanBeUndoneByPublishing() {
        Pathway retired =
                created.withNewVersion().publishLatest().orElseThrow().retire().orElseThrow();

        assertThat(retired.status()).isEqualTo(PathwayStatus.RETIRED);
        assertThat(retired.publishedVersion()).isEqualTo(1);
        assertThat(retired.retire()).isEmpty();
        assertThat(retired.publishLatest().orElseThrow().status()).isEqualTo(PathwayStatus.PUBLISHED);
    }

    @Test
    void aPathwayNeverPublishedCannotBeRetired() {
        assertThatThrownBy(() -> created.withNewVersion().retire()).isInstanceOf(IllegalStateException.class);
    }
}
