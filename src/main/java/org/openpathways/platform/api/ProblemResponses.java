package org.openpathways.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with texts translated into the caller's language, and writes them directly for
 * errors raised before a controller runs (authentication, authorisation, rate limits, body limits).
 */
@Component
public class ProblemResponses {

    /** Base of the {@code type} URIs that name each kind of problem. */
    public static final String TYPE_BASE = "https://openpathways.org/problems/";

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * A problem of the given type, its title and detail taken from the bundle keys {@code problem.<type>.title} and
     * {@code problem.<type>.detail} in the caller's language (the detail formatted with the arguments).
     */
    public ProblemDetail problem(
            HttpStatusCode status, String type, HttpServletRequest request, @Nullable Object... detailArguments) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, reasonPhrase(status), locale));
        String detail = messages.getMessage("problem." + type + ".detail", detailArguments, null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        URI instance = instance(request);
        if (instance != null) {
            problem.setInstance(instance);
        }
        return problem;
    }

    /** The locale the caller reads, for translating the members a problem adds (such as field messages). */
    public Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** The problem as a response entity with the problem-details media type and the given extra headers. */
    public ResponseEntity<ProblemDetail> entity(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
    }

    /** The path the caller asked for; omitted when it is not a valid URI reference (the caller sent garbage). */
    private static @Nullable URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getContextPath() + ApiPaths.originalPath(request));
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
