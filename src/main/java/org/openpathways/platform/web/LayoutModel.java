package org.openpathways.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.i18n.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the language switcher's links, the text direction and the demo banner. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final boolean demoMode;
    private final DesignSystemStylesheets stylesheets;

    LayoutModel(@Value("${openpathways.demo.enabled:false}") boolean demoMode, DesignSystemStylesheets stylesheets) {
        this.demoMode = demoMode;
        this.stylesheets = stylesheets;
    }

    @ModelAttribute("layout")
    @Nullable
    Layout layout(HttpServletRequest request, Locale locale) {
        if (ApiPaths.isApi(request)) {
            return null;
        }
        Language current = Language.of(locale);
        List<LanguageLink> links = Arrays.stream(Language.values())
                .map(language -> new LanguageLink(
                        language.code(),
                        language.autonym(),
                        language.rightToLeft() ? "rtl" : "ltr",
                        switchTo(request, language),
                        language == current))
                .toList();
        return new Layout(
                current.code(),
                current.rightToLeft() ? "rtl" : "ltr",
                stylesheets.path(current.rightToLeft()),
                links,
                demoMode);
    }

    private static String switchTo(HttpServletRequest request, Language language) {
        String path = ServletUriComponentsBuilder.fromRequestUri(request)
                .replaceQuery(request.getQueryString())
                .replaceQueryParam("lang", language.code())
                .build()
                .toUriString();
        // Links stay relative to the site: only the path and query of the current page are kept.
        int start = path.indexOf('/', path.indexOf("//") + 2);
        return start < 0 ? "/?lang=" + language.code() : path.substring(start);
    }

    record Layout(
            String language, String direction, String stylesheet, List<LanguageLink> languages, boolean demoMode) {}

    record LanguageLink(String code, String autonym, String direction, String href, boolean current) {}
}
