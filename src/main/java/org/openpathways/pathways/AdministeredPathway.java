package org.openpathways.pathways;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A pathway as its administrators see it: every version, drafts included, and what each version is now.
 *
 * @param title the title of the latest version, in the language asked for
 * @param versions every version saved, newest first
 */
public record AdministeredPathway(
        String code,
        PathwayStatus status,
        int latestVersion,
        @Nullable Integer publishedVersion,
        String title,
        Instant changedAt,
        List<Version> versions) {

    public AdministeredPathway {
        versions = List.copyOf(versions);
    }

    /** What a saved version is now. A version is never edited, whatever its state. */
    public enum VersionState {
        /** Saved, never published, newer than any version published. */
        DRAFT,
        /** The version the catalogue shows. */
        PUBLISHED,
        /** Replaced in the catalogue by a later version, or overtaken before it was ever published. */
        SUPERSEDED,
        /** The version the catalogue showed when the pathway was retired. */
        RETIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param publishedAt when it was first shown in the catalogue; {@code null} if never */
    public record Version(
            int number,
            VersionState state,
            Instant savedAt,
            @Nullable Instant publishedAt) {}

    /** What the version with this number is now, given where the pathway stands. */
    public static VersionState stateOf(
            int number, PathwayStatus status, @Nullable Integer publishedVersion, boolean wasPublished) {
        int shown = publishedVersion == null ? 0 : publishedVersion;
        if (number == shown) {
            return status == PathwayStatus.RETIRED ? VersionState.RETIRED : VersionState.PUBLISHED;
        }
        return wasPublished || number < shown ? VersionState.SUPERSEDED : VersionState.DRAFT;
    }
}
