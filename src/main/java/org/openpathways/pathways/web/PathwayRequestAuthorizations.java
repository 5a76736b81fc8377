package org.openpathways.pathways.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The catalogue is public, pages and API alike. Only the list and single pathways are opened: deeper paths (the export
 * of a definition, in later work) stay protected unless declared.
 */
@Component
class PathwayRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/pathways", "/pathways/*", "/api/v1/pathways", "/api/v1/pathways/*")
                .permitAll();
        // Eligibility checks are anonymous and store nothing.
        requests.requestMatchers(HttpMethod.POST, EligibilityApi.PATH).permitAll();
        requests.requestMatchers("/eligibility").permitAll();
    }
}
