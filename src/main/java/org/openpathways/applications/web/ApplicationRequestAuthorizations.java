package org.openpathways.applications.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Applications are for signed-in people; which applications each may see and what they may do is decided by the
 * facade (the applicant, the assigned caseworker, supervisors). Staff pages are for caseworkers and supervisors.
 */
@Component
class ApplicationRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/casework", "/casework/**", "/api/v1/casework/**")
                .hasAnyRole("CASEWORKER", "SUPERVISOR");
        requests.requestMatchers("/appeals", "/appeals/**", "/api/v1/appeals", "/api/v1/appeals/**")
                .hasRole("REVIEWER");
        requests.requestMatchers("/simulations", "/api/v1/simulations").hasAnyRole("ANALYST", "ADMIN");
        requests.requestMatchers(HttpMethod.GET, "/api/v1/pathways/*/processing-time")
                .permitAll();
        requests.requestMatchers(
                        "/applications", "/applications/**", ApplicationsApi.PATH, ApplicationsApi.PATH + "/**")
                .authenticated();
    }
}
