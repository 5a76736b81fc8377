package org.openpathways.accounts.security;

import java.util.List;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.security.RequestAuthorizations;
import org.openpathways.platform.security.SecurityFilterContribution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security of every request: sign-in with a password and, for members of organisations, a second factor;
 * optional OpenID Connect for staff; CSRF protection on every form; strict security headers; and each module's
 * declared access rules, with everything undeclared requiring a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation of each security filter, authentication and authorisation: wrapping every filter of every request
     * cost more than the cached public answers it would measure (bench/README.md), and turning the observations off
     * by property still left every filter wrapped. Requests stay observed as a whole (metrics per URI and status).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<RequestAuthorizations> authorizations,
            ProblemResponses problems,
            SignInOutcomes outcomes,
            ObjectProvider<ClientRegistrationRepository> openIdProviders,
            List<SecurityFilterContribution> filters,
            StaffOpenIdUsers staffOpenIdUsers)
            throws Exception {
        // Machines (API clients, Prometheus) get 401 and 403 as problem details; people get the sign-in page.
        RequestMatcher api =
                request -> ApiPaths.isApi(request) || request.getRequestURI().startsWith("/actuator/");
        // The token travels in a cookie (readable by the page's own scripts, as htmx and API clients need it), so that
        // anonymous visitors get no server session.
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // An API call without a session carries no ambient authority for a forged request to abuse.
        RequestMatcher sessionlessApiCall =
                request -> ApiPaths.isApi(request) && request.getRequestedSessionId() == null;
        // PasswordSignIn, the only AuthenticationProvider bean, becomes the global authentication manager; adding it
        // here as well would make every failed attempt count twice.
        http.authorizeHttpRequests(requests -> {
                    authorizations.forEach(module -> module.configure(requests));
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(outcomes)
                        .successHandler(outcomes)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signed-out")
                        .deleteCookies("JSESSIONID")
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(sessionlessApiCall))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> !api.matches(request))
                        .defaultAuthenticationEntryPointFor(
                                (request, response, exception) -> problems.write(
                                        response,
                                        problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", request)),
                                api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, exception) -> problems.write(
                                        response, problems.problem(HttpStatus.FORBIDDEN, "forbidden", request)),
                                api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        filters.forEach(contribution -> http.addFilterBefore(contribution.filter(), AuthorizationFilter.class));
        if (openIdProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffOpenIdUsers))
                    .successHandler(outcomes)
                    .failureUrl("/login?openid-refused"));
        }
        return http.build();
    }
}
