package org.openpathways.documents.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.Documents;
import org.openpathways.documents.UploadRefused;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Answers uploads that the servlet container could not read: over its multipart limits
 * ({@code spring.servlet.multipart.*}) or malformed. The container refuses them while parsing, before any controller
 * runs, so without this they would end as a server error. The API gets 413 or 400 problem details; the page gets its
 * form back with the translated error.
 *
 * <p>Runs after the security filters: only signed-in people with a valid CSRF token get this far. Since the container
 * cannot read a token from an unreadable body, the upload form also carries it in the URL, and
 * {@link UnreadableUploadsShield} lets the security filters see only the URL's parameters of such a request.
 */
class UnreadableUploads extends OncePerRequestFilter {

    static final String PAGE = "/documents";

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final Documents documents;

    UnreadableUploads(ProblemResponses problems, MessageSource messages, LocaleResolver locales, Documents documents) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
        this.documents = documents;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isUpload(request);
    }

    /** A multipart POST to the page or the API, the only requests that carry files to this module. */
    static boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && (path.equals(PAGE) || path.equals(DocumentsApi.PATH))
                && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException unreadable) {
            refuse(request, response, exceedsALimit(unreadable));
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean tooLarge) throws IOException {
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        String type = tooLarge ? "documents.too-large" : "documents.upload-broken";
        Locale locale = locales.resolveLocale(request);
        // Only the size message takes an argument; formatting the others would swallow their apostrophes.
        Object[] arguments = tooLarge ? new Object[] {UploadRefused.megabytes(documents.maxSize())} : null;
        String detail = messages.getMessage("problem." + type + ".detail", arguments, locale);
        if (ApiPaths.isApi(request)) {
            ProblemDetail problem = problems.problem(status, type, request);
            problem.setDetail(detail);
            problem.setProperty("field", UploadRefused.FILE);
            problems.write(response, problem);
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put("error", new FormError(UploadRefused.FILE, detail));
        flash.setTargetRequestPath(request.getContextPath() + PAGE);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + PAGE);
    }

    /** Whether the container gave up because of a size or count limit, rather than because the body was malformed. */
    static boolean exceedsALimit(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message =
                    cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (cause.getClass().getSimpleName().contains("LimitExceeded") || message.contains("exceed")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
