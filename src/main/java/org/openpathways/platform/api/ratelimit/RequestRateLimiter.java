package org.openpathways.platform.api.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits, per client address, the requests that change things through the API, the posts of the sign-in,
 * registration and password-reset forms, and the public look-ups modules declare ({@link
 * org.openpathways.platform.api.RateLimitedLookups}). The address is the request's remote address, which Spring Boot's
 * {@code server.forward-headers-strategy} sets from {@code X-Forwarded-For} when the request came through a trusted
 * proxy; IPv6 clients are counted per /64 network, the block one subscriber usually holds. Over the limit, the API
 * answers 429 problem details and pages the translated 429 error page, both with {@code Retry-After}.
 */
class RequestRateLimiter extends OncePerRequestFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RateLimitProperties properties;
    private final ClientBuckets buckets;
    private final ProblemResponses problems;
    private final List<String> lookups;
    private final AntPathMatcher matcher = new AntPathMatcher();

    RequestRateLimiter(RateLimitProperties properties, ProblemResponses problems, LongSupplier nanoClock) {
        this(properties, problems, nanoClock, List.of());
    }

    RequestRateLimiter(
            RateLimitProperties properties, ProblemResponses problems, LongSupplier nanoClock, List<String> lookups) {
        this.properties = properties;
        this.buckets = new ClientBuckets(properties.getMaxClients(), nanoClock);
        this.problems = problems;
        this.lookups = List.copyOf(lookups);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String policy = properties.isEnabled() ? policy(request) : null;
        if (policy == null) {
            chain.doFilter(request, response);
            return;
        }
        RateLimitProperties.Limit limit = limit(policy);
        long wait = buckets.take(
                policy + " " + client(request.getRemoteAddr()),
                limit.getCapacity(),
                limit.getPeriod().toNanos());
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (ApiPaths.isApi(request)) {
            problems.write(
                    response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, request));
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    private @Nullable String policy(HttpServletRequest request) {
        String method = request.getMethod();
        String path = ApiPaths.originalPath(request);
        if ("GET".equals(method) && lookups.stream().anyMatch(pattern -> matcher.match(pattern, path))) {
            return "lookup";
        }
        if (ApiPaths.isApi(request)) {
            return UNSAFE.contains(method) ? "api" : null;
        }
        if (!"POST".equals(method)) {
            return null;
        }
        if (path.equals("/login")) {
            return "sign-in";
        }
        if (path.equals("/register")) {
            return "registration";
        }
        if (path.equals("/password-reset") || path.startsWith("/password-reset/")) {
            return "password-reset";
        }
        return null;
    }

    private RateLimitProperties.Limit limit(String policy) {
        return switch (policy) {
            case "api" -> properties.getApi();
            case "sign-in" -> properties.getSignIn();
            case "registration" -> properties.getRegistration();
            case "lookup" -> properties.getLookup();
            default -> properties.getPasswordReset();
        };
    }

    /** The address that identifies a client: IPv4 as it is, IPv6 reduced to its /64 network. */
    static String client(String remoteAddress) {
        return remoteAddress.indexOf(':') < 0 ? remoteAddress : Ipv6Network.of(remoteAddress);
    }
}
