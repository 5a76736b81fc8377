package org.openpathways.platform.api.probe;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The probes' access rules: a public corner and an administrators' corner; the rest needs sign-in. */
@Component
class ProbeAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/test/public/**").permitAll();
        requests.requestMatchers("/api/test/admin/**").hasRole("ADMIN");
    }
}
