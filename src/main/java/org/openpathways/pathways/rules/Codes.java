package org.openpathways.pathways.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The forms of the codes rules use. */
public final class Codes {

    private static final Set<String> COUNTRIES = countries();

    private Codes() {}

    /** Names of lists, quotas, documents, sectors and waivers: lower-case letters, digits and single dashes. */
    public static boolean isCode(String code) {
        return code.length() <= 60 && code.matches(Fact.CODE_PATTERN);
    }

    /** ISO 3166-1 alpha-2, with Kosovo's widely used user-assigned code XK. */
    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
