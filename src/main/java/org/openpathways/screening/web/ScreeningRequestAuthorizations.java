package org.openpathways.screening.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Screenings are for staff who work on cases (which ones, and whether answers or only needs, the facade decides); the
 * child-protection dashboard is for child-protection staff. Paths under {@code /cases} are guarded by the cases module.
 */
@Component
class ScreeningRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/screenings/**", "/api/v1/screenings/**")
                .hasAnyRole("CONSULAR", "CASEWORKER", "SUPERVISOR", "CHILD_PROTECTION");
        requests.requestMatchers("/child-protection", "/child-protection/**", "/api/v1/child-protection/**")
                .hasRole("CHILD_PROTECTION");
    }
}
