package org.openpathways.permits.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Verification is public; revocation and extension decrees are for supervisors, recording facts for caseworkers and
 * supervisors; everything else needs a signed-in person, and the facade decides which permits each may see (their
 * own, or any for caseworkers and supervisors).
 */
@Component
class PermitRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(
                        HttpMethod.GET, "/permits/verify", "/permits/verify/*", "/api/v1/permits/*/verification")
                .permitAll()
                .requestMatchers("/permits/*/revocation", "/api/v1/permits/*/revocation")
                .hasRole("SUPERVISOR")
                .requestMatchers("/decrees", "/decrees/**", "/api/v1/decrees", "/api/v1/decrees/**")
                .hasRole("SUPERVISOR")
                .requestMatchers("/api/v1/permits/*/facts")
                .hasAnyRole("CASEWORKER", "SUPERVISOR")
                .requestMatchers("/permits", "/permits/**", "/api/v1/permits", "/api/v1/permits/**")
                .authenticated();
    }
}
