package org.openpathways.pathways.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/**
 * The language of a public API response: the {@code lang} parameter when it names a language of the platform, else the
 * best match for {@code Accept-Language}, else English. Cookies are deliberately ignored: the response is shared by
 * HTTP caches, which distinguish responses only by URL and the headers named in {@code Vary}.
 */
final class ApiLanguage {

    private static final List<Locale> SUPPORTED =
            Arrays.stream(Language.values()).map(Language::locale).toList();

    private ApiLanguage() {}

    static Language of(@Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null && lang.length() <= 8) {
            var chosen = Language.ofCode(lang);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Language.fallback();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Language.fallback() : Language.of(match);
        } catch (IllegalArgumentException malformed) {
            return Language.fallback();
        }
    }
}
