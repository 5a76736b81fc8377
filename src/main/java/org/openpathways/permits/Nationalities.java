package org.openpathways.permits;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 country codes, alpha-2 or alpha-3, as the JDK knows them. */
final class Nationalities {

    private static final Set<String> ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Set<String> ALPHA_3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private Nationalities() {}

    static Optional<String> normalised(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return ALPHA_2.contains(upper) || ALPHA_3.contains(upper) ? Optional.of(upper) : Optional.empty();
    }
}
