package org.openpathways.permits.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.DecreePreview;
import org.openpathways.permits.DecreeView;

/** A decree in the API. */
record DecreeJson(
        UUID id,
        String title,
        String legalBasis,
        List<String> permitTypes,
        LocalDate expiringFrom,
        LocalDate expiringTo,
        List<String> nationalities,
        @Nullable String requiredFact,
        @Nullable LocalDate newValidUntil,
        @Nullable Integer extensionMonths,
        @Nullable Integer extensionDays,
        String status,
        String createdBy,
        Instant createdAt,
        @Nullable String executedBy,
        @Nullable Instant executedAt,
        @Nullable Integer permitsExtended) {

    static DecreeJson of(DecreeView decree) {
        var selection = decree.selection();
        var extension = decree.extension();
        boolean byDate = extension.newValidUntil() != null;
        return new DecreeJson(
                decree.id(),
                decree.title(),
                decree.legalBasis(),
                selection.permitTypes(),
                selection.expiringFrom(),
                selection.expiringTo(),
                selection.nationalities(),
                selection.requiredFact(),
                extension.newValidUntil(),
                byDate ? null : extension.months(),
                byDate ? null : extension.days(),
                decree.status().code(),
                decree.createdBy(),
                decree.createdAt(),
                decree.executedBy(),
                decree.executedAt(),
                decree.permitsExtended());
    }

    /** A preview: counts under five are {@code null} with {@code fewerThanFive} set. */
    record PreviewJson(long permits, List<CellJson> byType, List<CellJson> byNationality) {

        static PreviewJson of(DecreePreview preview) {
            return new PreviewJson(preview.total(), cells(preview.byType()), cells(preview.byNationality()));
        }

        private static List<CellJson> cells(List<DecreePreview.Cell> cells) {
            return cells.stream()
                    .map(cell -> new CellJson(cell.key(), cell.count(), cell.fewerThanFive()))
                    .toList();
        }
    }

    record CellJson(String key, @Nullable Long permits, boolean fewerThanFive) {}
}
