package org.openpathways.pathways.rules;

import java.util.Arrays;
import java.util.List;

/**
 * Why a criterion has its outcome, as a key of the {@code pathways} message bundle and its arguments, so that the
 * caller renders it in the reader's language. Arguments are {@link String}s (codes, shown as they are), {@link Integer}s,
 * {@link java.math.BigDecimal}s, {@link java.time.LocalDate}s (to be formatted by the caller) and nested reasons (to be
 * rendered first, e.g. the name of a fact).
 */
public record Reason(String key, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Object... arguments) {
        return new Reason(PREFIX + key, Arrays.asList(arguments));
    }

    static final String PREFIX = "pathways.rules.";
}
