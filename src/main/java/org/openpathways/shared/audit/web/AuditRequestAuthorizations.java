package org.openpathways.shared.audit.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail is for auditors only, on both doors. */
@Component
class AuditRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/audit", "/audit/**", "/api/v1/audit", "/api/v1/audit/**")
                .hasRole("AUDITOR");
    }
}
