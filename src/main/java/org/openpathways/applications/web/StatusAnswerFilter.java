package org.openpathways.applications.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Applications;
import org.openpathways.applications.persistence.ApplicationStamps;
import org.openpathways.applications.persistence.ApplicationStamps.Stamp;
import org.openpathways.shared.reference.ReferenceNumbers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers an applicant's repeated status request ({@code GET /api/v1/applications/{reference}}) with the answer the
 * application built for them before, when one statement shows the application unchanged since (ADR 0022).
 *
 * <p>It stands just before the security filter chain. It only acts for a request of that exact form from a session
 * whose security context (read from the session attribute the chain's own repository reads) holds the account that
 * owns the application, which is the only reader the application answers without an audit entry. Everything else, and
 * every first request, goes through the whole application; a 200 answer that the application built as the owner's
 * view for that same account is then kept, with the stamp read before the request went through, so that a change
 * committed meanwhile makes the answer out of date at once.
 * Drafts are never kept: what they miss depends on the day and on the pathway's current terms.
 *
 * <p>A check added to the security filter chain for signed-in requests (for example that the account is still enabled)
 * must be added here as well: kept answers are sent without the chain.
 */
class StatusAnswerFilter extends OncePerRequestFilter {

    static final String PATH = ApplicationsApi.PATH + "/";

    /** The path pattern requests are observed under (metrics by URI), as Spring MVC names it for the pipeline. */
    static final String PATTERN = PATH + "{reference}";

    /**
     * Request attribute by which {@link ApplicationsApi} says for which account it built the owner's view; an answer
     * is only kept when that is the account the filter found on the session.
     */
    static final String OWNER_VIEW = StatusAnswerFilter.class.getName() + ".ownerView";

    /**
     * The headers an answer is sent again with besides its {@code ETag}: those the application sets on it (content
     * type, caching, the security headers). Nothing else: headers of other filters belong to their own response.
     */
    private static final Set<String> KEPT = Set.of(
            "content-type",
            "content-language",
            "cache-control",
            "pragma",
            "expires",
            "vary",
            "x-content-type-options",
            "x-xss-protection",
            "x-frame-options",
            "content-security-policy",
            "referrer-policy",
            "strict-transport-security",
            "cross-origin-opener-policy",
            "cross-origin-embedder-policy",
            "cross-origin-resource-policy",
            "permissions-policy");

    private static final String APPLICANT = Role.APPLICANT.authority();

    private final StatusAnswers answers;
    private final ApplicationStamps stamps;
    private final LocaleResolver locales;

    StatusAnswerFilter(StatusAnswers answers, ApplicationStamps stamps, LocaleResolver locales) {
        this.answers = answers;
        this.stamps = stamps;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reference = answers.enabled() ? referenceOf(request) : null;
        UUID account = reference == null ? null : signedInAccount(request);
        Optional<Stamp> stamp = account == null ? Optional.empty() : stamps.of(reference);
        if (stamp.isEmpty()
                || !stamp.get().applicant().equals(account)
                || stamp.get().draft()) {
            chain.doFilter(request, response);
            return;
        }
        var key = new StatusAnswers.Key(reference, locales.resolveLocale(request), request.isSecure());
        StatusAnswers.Answer answer = answers.current(key, stamp.get());
        if (answer != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(observation -> observation.setPathPattern(PATTERN));
            send(answer, response);
            return;
        }
        var captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, captured);
            // Kept only when the application built the owner's view for this very account: the session may have
            // changed hands (someone else signing in on the same browser) while the request went through.
            if (captured.getStatus() == HttpStatus.OK.value()
                    && account.equals(request.getAttribute(OWNER_VIEW))
                    && isJson(captured.getContentType())) {
                answers.keep(
                        key,
                        new StatusAnswers.Answer(
                                account,
                                stamp.get().version(),
                                stamp.get().writtenBy(),
                                captured.getContentAsByteArray(),
                                captured.getHeader(HttpHeaders.ETAG),
                                headersOf(captured),
                                System.nanoTime()));
            }
        } finally {
            captured.copyBodyToResponse();
        }
    }

    /** The canonical reference of a plain status request that accepts JSON; null for any other request. */
    private static @Nullable String referenceOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.RANGE) != null
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return null;
        }
        String path = request.getRequestURI();
        if (!path.startsWith(PATH) || path.indexOf('/', PATH.length()) >= 0 || path.indexOf(';') >= 0) {
            return null;
        }
        return ReferenceNumbers.normalise(Applications.PREFIX, path.substring(PATH.length()))
                .orElse(null);
    }

    private static boolean acceptsJson(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.includes(MediaType.APPLICATION_JSON) && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** The account signed in on this request's session, as the security filter chain would load it. */
    private static @Nullable UUID signedInAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context)) {
            return null;
        }
        Authentication authentication = context.getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        // Only applicants own applications: staff reads (audited) go straight through, without a stamp to read.
        if (authentication.getAuthorities().stream()
                .noneMatch(authority -> APPLICANT.equals(authority.getAuthority()))) {
            return null;
        }
        try {
            return UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : new TreeSet<>(response.getHeaderNames())) {
            if (KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return List.copyOf(headers);
    }

    private static void send(StatusAnswers.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        answer.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
