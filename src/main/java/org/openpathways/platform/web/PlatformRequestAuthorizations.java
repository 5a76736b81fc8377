package org.openpathways.platform.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The shell's public paths: explanatory pages, assets, errors, the API description and health probes. */
@Component
class PlatformRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/", "/privacy", "/accessibility", "/favicon.ico")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/assets/**", "/css/**", "/js/**", "/images/**", "/webjars/**")
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .requestMatchers(
                        HttpMethod.GET, "/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/swagger-ui/**", "/v3/api-docs/**")
                .permitAll();
    }
}
