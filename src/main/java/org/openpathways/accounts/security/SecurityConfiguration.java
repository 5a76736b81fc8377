package org.openpathways.accounts.security;

import java.util.List;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, List<RequestAuthorizations> authorizations, ProblemResponses problems) throws Exception {
        RequestMatcher api = ApiPaths::isApi;
        http.authorizeHttpRequests(requests -> {
                    authorizations.forEach(module -> module.configure(requests));
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout ->
                        logout.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> !ApiPaths.isApi(request))
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
        return http.build();
    }
}
