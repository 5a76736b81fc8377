package org.openpathways.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.i18n.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's layout needs: the language switcher's links, the text direction and the demo banner. Added to the
 * model of every view about to be rendered, after the handler ran; API answers (no view) never pay for it, which a
 * {@code @ModelAttribute} method of a controller advice made every request do.
 */
@Component
class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

    private final boolean demoMode;
    private final DesignSystemStylesheets stylesheets;

    LayoutModel(@Value("${openpathways.demo.enabled:false}") boolean demoMode, DesignSystemStylesheets stylesheets) {
        this.demoMode = demoMode;
        this.stylesheets = stylesheets;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || !modelAndView.isReference() && modelAndView.getView() == null) {
            return;
        }
        String viewName = modelAndView.getViewName();
        if (viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"))) {
            return;
        }
        if (!modelAndView.getModel().containsKey("layout") && !ApiPaths.isApi(request)) {
            modelAndView.addObject("layout", layout(request, RequestContextUtils.getLocale(request)));
        }
    }

    Layout layout(HttpServletRequest request, Locale locale) {
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
