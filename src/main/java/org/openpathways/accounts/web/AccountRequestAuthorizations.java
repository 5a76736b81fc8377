package org.openpathways.accounts.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Sign-in, registration and password reset are open to everyone; administration needs ADMIN. */
@Component
class AccountRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/login", "/login/two-factor", "/login/two-factor/enrol")
                .permitAll()
                .requestMatchers("/register", "/register/check-email", "/register/confirm")
                .permitAll()
                .requestMatchers("/password-reset", "/password-reset/check-email", "/password-reset/new")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/accounts")
                .permitAll()
                .requestMatchers("/admin/organisations", "/admin/organisations/**", "/api/v1/organisations/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/v1/organisations")
                .hasRole("ADMIN");
    }
}
