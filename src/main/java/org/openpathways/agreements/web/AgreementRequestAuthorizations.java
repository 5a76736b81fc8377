package org.openpathways.agreements.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may read agreements and their quotas' use; only administrators write them. */
@Component
class AgreementRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(
                        HttpMethod.GET, "/agreements", "/agreements/*", "/api/v1/agreements", "/api/v1/agreements/*")
                .permitAll()
                .requestMatchers(
                        "/admin/agreements", "/admin/agreements/**", "/api/v1/agreements", "/api/v1/agreements/**")
                .hasRole("ADMIN");
    }
}
