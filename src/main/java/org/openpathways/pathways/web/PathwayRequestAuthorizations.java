package org.openpathways.pathways.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The catalogue is public, pages and API alike. Only the list and single pathways are opened: deeper paths (the export
 * of a definition, publication, retirement) and the administration of the catalogue are for administrators. Pathways
 * are configuration, not case contents, so ADMIN may see and change them.
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
        requests.requestMatchers(
                        HttpMethod.POST,
                        PathwayAdministrationApi.IMPORT,
                        "/api/v1/pathways/*/publication",
                        "/api/v1/pathways/*/retirement")
                .hasRole("ADMIN");
        requests.requestMatchers(HttpMethod.GET, "/api/v1/pathways/*/export").hasRole("ADMIN");
        requests.requestMatchers(
                        "/api/v1/admin/pathways", "/api/v1/admin/pathways/**", "/admin/pathways", "/admin/pathways/**")
                .hasRole("ADMIN");
    }
}
