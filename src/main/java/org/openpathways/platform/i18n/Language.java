package org.openpathways.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the platform speaks. Every user-facing text exists in each of them; Arabic is written right to left.
 */
public enum Language {
    ENGLISH("en", "English", false),
    FRENCH("fr", "Français", false),
    SPANISH("es", "Español", false),
    ARABIC("ar", "العربية", true);

    private final String code;
    private final String autonym;
    private final boolean rightToLeft;

    Language(String code, String autonym, boolean rightToLeft) {
        this.code = code;
        this.autonym = autonym;
        this.rightToLeft = rightToLeft;
    }

    /** The ISO 639-1 code, also used in URLs ({@code ?lang=fr}) and stored as a person's preference. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String autonym() {
        return autonym;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language fallback() {
        return ENGLISH;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    public static Language of(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(fallback());
    }
}
