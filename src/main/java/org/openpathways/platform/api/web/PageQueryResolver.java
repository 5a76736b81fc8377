package org.openpathways.platform.api.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.PageQuery;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@link PageQuery} from {@code page} and {@code size}, refusing values out of range as a validation problem. */
class PageQueryResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public PageQuery resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders)
            throws BindException {
        Map<String, @Nullable String> values = new HashMap<>();
        values.put("page", request.getParameter("page"));
        values.put("size", request.getParameter("size"));
        MapBindingResult errors = new MapBindingResult(values, "pageQuery");
        Integer page = number(values.get("page"), 0, "page", errors);
        Integer size = number(values.get("size"), PageQuery.DEFAULT_SIZE, "size", errors);
        if (page != null && page < 0) {
            errors.rejectValue("page", "api.page.page-out-of-range", "page must be 0 or more");
        }
        if (size != null && (size < 1 || size > PageQuery.MAX_SIZE)) {
            errors.rejectValue(
                    "size",
                    "api.page.size-out-of-range",
                    new Object[] {PageQuery.MAX_SIZE},
                    "size must be between 1 and " + PageQuery.MAX_SIZE);
        }
        if (errors.hasErrors() || page == null || size == null) {
            throw new BindException(errors);
        }
        return new PageQuery(page, size);
    }

    private static @Nullable Integer number(
            @Nullable String value, int fallback, String name, MapBindingResult errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            errors.rejectValue(name, "api.field.wrong-format", "wrong format");
            return null;
        }
    }
}
