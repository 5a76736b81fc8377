package org.openpathways.permits;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 3166-1 country codes, alpha-2 or alpha-3, as the JDK knows them. */
final class Nationalities {

    private static final Set<String> ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Set<String> ALPHA_3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private static final Map<String, String> ALPHA_3_OF_ALPHA_2 =
            ALPHA_2.stream().collect(Collectors.toMap(code -> code, code -> new Locale("", code).getISO3Country()));

    private Nationalities() {}

    /** The alpha-3 code of a country given either way; empty when it is no country code. */
    static Optional<String> alpha3(String code) {
        return normalised(code).map(known -> ALPHA_3_OF_ALPHA_2.getOrDefault(known, known));
    }

    /**
     * Every form in which permits may store the nationality of the alpha-3 code (permits keep the code as it was given
     * when they were issued, alpha-2 or alpha-3).
     */
    static List<String> storedForms(String alpha3) {
        return ALPHA_3_OF_ALPHA_2.entrySet().stream()
                .filter(entry -> entry.getValue().equals(alpha3))
                .map(Map.Entry::getKey)
                .collect(Collectors.collectingAndThen(Collectors.toList(), forms -> {
                    forms.add(0, alpha3);
                    return List.copyOf(forms);
                }));
    }

    static Optional<String> normalised(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return ALPHA_2.contains(upper) || ALPHA_3.contains(upper) ? Optional.of(upper) : Optional.empty();
    }
}
