package org.openpathways.shared.crypto.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Key usage and rotation are for administrators only. */
@Component
class KeyRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/keys", "/admin/keys/**", "/api/v1/admin/keys", "/api/v1/admin/keys/**")
                .hasRole("ADMIN");
    }
}
