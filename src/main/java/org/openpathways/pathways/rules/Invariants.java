package org.openpathways.pathways.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The checks criteria make on construction, so that a rule that exists is one that can be written and read back. */
final class Invariants {

    private static final Set<String> COUNTRIES = countries();

    private Invariants() {}

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    static void requireType(Fact fact, FactType type) {
        require(fact.type() == type, fact + " is not a fact of type " + type);
    }

    static void requireCodes(List<String> codes, String what) {
        require(new HashSet<>(codes).size() == codes.size(), what + " must not repeat a code");
        codes.forEach(code -> require(isCode(code), what + " must be lower-case letters, digits and dashes: " + code));
    }

    static boolean isCode(String code) {
        return code.length() <= 60 && code.matches(Fact.CODE_PATTERN);
    }

    /** ISO 3166-1 alpha-2, with Kosovo's widely used user-assigned code XK. */
    static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
