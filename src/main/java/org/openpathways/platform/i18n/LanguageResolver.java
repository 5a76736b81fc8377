package org.openpathways.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the page language: the visitor's explicit choice (a cookie, and for signed-in people their stored
 * preference, which sign-in copies into the cookie), otherwise the browser's {@code Accept-Language}, otherwise
 * English. Only supported languages are ever chosen.
 */
public class LanguageResolver implements LocaleResolver {

    public static final String COOKIE = "op_lang";

    private static final List<Locale> SUPPORTED =
            java.util.Arrays.stream(Language.values()).map(Language::locale).toList();

    private final ObjectProvider<PreferredLanguageStore> preferences;

    public LanguageResolver(ObjectProvider<PreferredLanguageStore> preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof Language language) {
            return language.locale();
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    var language = Language.ofCode(cookie.getValue());
                    if (language.isPresent()) {
                        return language.get().locale();
                    }
                }
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (locale == null) {
            return;
        }
        var supported = Language.ofCode(locale.getLanguage());
        if (supported.isEmpty()) {
            return;
        }
        Language language = supported.get();
        request.setAttribute(COOKIE, language);
        if (response != null) {
            response.addHeader("Set-Cookie", cookie(language, request.isSecure()));
        }
        preferences.ifAvailable(store -> store.rememberForCurrentUser(language));
    }

    /** The cookie that keeps a visitor's language, written also when a signed-in person's preference is restored. */
    public static String cookie(Language language, boolean secure) {
        return COOKIE + "=" + language.code() + "; Path=/; Max-Age="
                + Duration.ofDays(365).toSeconds() + "; SameSite=Lax; HttpOnly" + (secure ? "; Secure" : "");
    }

    static Locale fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Language.fallback().locale();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null
                    ? Language.fallback().locale()
                    : Language.of(match).locale();
        } catch (IllegalArgumentException malformed) {
            return Language.fallback().locale();
        }
    }
}
