package org.openpathways.screening.questionnaire;

import java.util.List;
import java.util.Map;

/** A text of the questionnaire in each of the platform's languages. */
public record Texts(Map<String, String> byLanguage) {

    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

    public Texts {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in this language, or in English. */
    public String in(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get("en"));
    }
}
