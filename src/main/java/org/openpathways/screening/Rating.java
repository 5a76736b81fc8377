package org.openpathways.screening;

import java.util.Locale;

/** The intervention need a screening ends with (UNHCR-IDC vulnerability screening tool). */
public enum Rating {
    LOW,
    MEDIUM,
    HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Rating other) {
        return compareTo(other) >= 0;
    }
}
