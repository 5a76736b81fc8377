package org.openpathways.platform.operations;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.openpathways.platform.security.RequestAuthorizations;
import org.openpathways.platform.security.SecurityFilterContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health probes are public; metrics are not. Prometheus reads {@code /actuator/prometheus} with the bearer token of
 * {@code openpathways.metrics.scrape-token}; administrators may read it with their session. Without a token
 * configured, only administrators can.
 */
@Component
class MetricsAccess implements RequestAuthorizations, SecurityFilterContribution {

    static final String PROMETHEUS = "/actuator/prometheus";
    static final String SCRAPER_ROLE = "METRICS_SCRAPER";

    private final byte[] token;

    MetricsAccess(@Value("${openpathways.metrics.scrape-token:}") String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, PROMETHEUS)
                .hasAnyRole("ADMIN", SCRAPER_ROLE)
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN");
    }

    @Override
    public Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return token.length == 0 || !PROMETHEUS.equals(request.getRequestURI());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader("Authorization");
                if (header != null && header.startsWith("Bearer ")) {
                    byte[] presented = header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
                    if (MessageDigest.isEqual(presented, token)) {
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "system:metrics-scraper",
                                null,
                                AuthorityUtils.createAuthorityList("ROLE_" + SCRAPER_ROLE)));
                        SecurityContextHolder.setContext(context);
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
