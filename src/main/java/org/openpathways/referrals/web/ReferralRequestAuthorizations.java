package org.openpathways.referrals.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the referrals module at all; which referral, case or consent each may see is decided by the facades
 * (the provider addressed, staff who may see the case, the person whose case it is).
 */
@Component
class ReferralRequestAuthorizations implements RequestAuthorizations {

    static final String[] REFERRING = {"CONSULAR", "CASEWORKER", "SUPERVISOR", "CHILD_PROTECTION"};
    static final String[] REFERRALS = {"CONSULAR", "CASEWORKER", "SUPERVISOR", "CHILD_PROTECTION", "SERVICE_PROVIDER"};

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/providers", "/admin/providers/**").hasRole("ADMIN");
        requests.requestMatchers(HttpMethod.PUT, "/api/v1/providers/*").hasRole("ADMIN");
        requests.requestMatchers("/api/v1/providers", "/api/v1/providers/*", "/referrals/providers")
                .hasAnyRole("CONSULAR", "CASEWORKER", "SUPERVISOR", "CHILD_PROTECTION", "ADMIN");
        requests.requestMatchers("/referrals/overrides", "/api/v1/referrals/overrides")
                .hasRole("SUPERVISOR");
        requests.requestMatchers(
                        "/consents", "/consents/**", "/api/v1/consents/mine", "/api/v1/consents/mine/case-links")
                .hasRole("APPLICANT");
        requests.requestMatchers(HttpMethod.POST, "/api/v1/consents/*/withdrawal")
                .hasAnyRole("APPLICANT", "CONSULAR", "CASEWORKER", "SUPERVISOR", "CHILD_PROTECTION");
        requests.requestMatchers("/api/v1/consents", "/api/v1/consents/**", "/referrals/consents/**")
                .hasAnyRole(REFERRING);
        requests.requestMatchers("/referrals/new", "/referrals/sent", "/api/v1/referrals/sent")
                .hasAnyRole(REFERRING);
        requests.requestMatchers(HttpMethod.POST, "/api/v1/referrals").hasAnyRole(REFERRING);
        requests.requestMatchers("/referrals", "/referrals/**", "/api/v1/referrals", "/api/v1/referrals/**")
                .hasAnyRole(REFERRALS);
    }
}
