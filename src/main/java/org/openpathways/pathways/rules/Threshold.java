package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A number a compiled criterion compares with, prepared so that comparing a whole number of the sheet takes a
 * {@code long} comparison rather than a {@link BigDecimal} one. The sign is that of {@link BigDecimal#compareTo}.
 */
final class Threshold {

    static final Threshold ZERO = new Threshold(BigDecimal.ZERO);

    private final BigDecimal value;
    /** This number when it is whole; its ceiling when it has a fraction. */
    private final long whole;

    private final boolean exact;
    private final boolean fraction;

    Threshold(BigDecimal value) {
        this.value = value;
        BigDecimal exactValue = wholeInLong(value);
        // Only a number with a fraction and a small whole part is rounded (a huge exponent is never expanded).
        BigDecimal ceiling = exactValue == null && value.scale() > 0 && value.precision() - value.scale() <= 18
                ? wholeInLong(value.setScale(0, RoundingMode.CEILING))
                : null;
        this.exact = exactValue != null;
        this.fraction = ceiling != null;
        this.whole = exactValue != null ? exactValue.longValueExact() : ceiling != null ? ceiling.longValueExact() : 0;
    }

    /** The sign of {@code actual} compared with this number. */
    int compareFrom(long actual) {
        if (exact) {
            return Long.compare(actual, whole);
        }
        if (fraction) {
            // A whole number is never equal to a number with a fraction: it is above it from its ceiling on.
            return actual >= whole ? 1 : -1;
        }
        return BigDecimal.valueOf(actual).compareTo(value);
    }

    /** The sign of {@code actual} compared with this number. */
    int compareFrom(BigDecimal actual) {
        return actual.compareTo(value);
    }

    /**
     * The number without trailing zeros when it is whole and of at most 18 digits (so certainly a {@code long}), else
     * null; {@code 1E+999999} and {@code 1E-999999} are null without being expanded.
     */
    static @Nullable BigDecimal wholeInLong(BigDecimal number) {
        BigDecimal stripped = number.scale() > 0 ? number.stripTrailingZeros() : number;
        return stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18 ? stripped : null;
    }
}
