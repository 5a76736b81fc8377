package org.openpathways.pathways.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.PathwayStatus;

/**
 * A pathway's identity and where it stands. Its content lives in numbered versions that never change; saving a
 * different content adds a version, publishing shows the latest version, retiring withdraws the pathway from the
 * catalogue but keeps the version that was last published (applications and decisions refer to it).
 *
 * @param latestVersion the newest version saved, 0 before the first
 * @param publishedVersion the version the catalogue shows (or showed, once retired); {@code null} until first published
 */
public record Pathway(
        UUID id,
        String code,
        PathwayStatus status,
        int latestVersion,
        @Nullable Integer publishedVersion) {

    public static Pathway created(UUID id, String code) {
        return new Pathway(id, code, PathwayStatus.DRAFT, 0, null);
    }

    public Pathway withNewVersion() {
        return new Pathway(id, code, status, latestVersion + 1, publishedVersion);
    }

    /**
     * Shows the latest version in the catalogue.
     *
     * @return the published pathway, or empty when the latest version is already the one shown
     * @throws IllegalStateException when no version has been saved
     */
    public Optional<Pathway> publishLatest() {
        if (latestVersion == 0) {
            throw new IllegalStateException("A pathway without a version cannot be published");
        }
        if (status == PathwayStatus.PUBLISHED && publishedVersion != null && publishedVersion == latestVersion) {
            return Optional.empty();
        }
        return Optional.of(new Pathway(id, code, PathwayStatus.PUBLISHED, latestVersion, latestVersion));
    }

    /**
     * Withdraws the pathway from the catalogue.
     *
     * @return the retired pathway, or empty when it is already retired
     * @throws IllegalStateException when it was never published
     */
    public Optional<Pathway> retire() {
        if (status == PathwayStatus.DRAFT) {
            throw new IllegalStateException("A pathway that was never published cannot be retired");
        }
        if (status == PathwayStatus.RETIRED) {
            return Optional.empty();
        }
        return Optional.of(new Pathway(id, code, PathwayStatus.RETIRED, latestVersion, publishedVersion));
    }

    public boolean everPublished() {
        return status != PathwayStatus.DRAFT;
    }
}
