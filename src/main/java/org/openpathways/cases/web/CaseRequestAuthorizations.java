package org.openpathways.cases.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Case pages and API are for staff who work on cases; which cases each may see is decided by the facade (their
 * organisation's, children's cases for child protection, those assigned to them).
 */
@Component
class CaseRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/cases", "/cases/**", CasesApi.PATH, CasesApi.PATH + "/**")
                .hasAnyRole("CONSULAR", "CASEWORKER", "SUPERVISOR", "CHILD_PROTECTION");
    }
}
