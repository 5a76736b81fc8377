package org.openpathways.pathways;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a permit lets its holder work for anyone, or only for one employer or in one sector. */
public enum WorkTie {
    NONE,
    EMPLOYER,
    SECTOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkTie> ofCode(String code) {
        return Arrays.stream(values()).filter(tie -> tie.code().equals(code)).findFirst();
    }
}
