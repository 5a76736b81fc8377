package org.openpathways.permits;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How many permits a decree would extend now, in all and by type and nationality. Counts under five are not given
 * ({@link Cell#count()} is null, "fewer than 5"), so that a narrow selection does not single out a few holders.
 */
public record DecreePreview(long total, List<Cell> byType, List<Cell> byNationality) {

    public static final int SMALLEST_SHOWN = 5;

    public DecreePreview {
        byType = List.copyOf(byType);
        byNationality = List.copyOf(byNationality);
    }

    /** @param count null when fewer than {@link #SMALLEST_SHOWN} (and at least one) */
    public record Cell(String key, @Nullable Long count) {

        public static Cell of(String key, long count) {
            return new Cell(key, count < SMALLEST_SHOWN ? null : count);
        }

        public boolean fewerThanFive() {
            return count == null;
        }
    }
}
