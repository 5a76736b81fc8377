package org.openpathways.notifications.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class NotificationRequestAuthorizations implements RequestAuthorizations {

    private final boolean embeddedMail;

    NotificationRequestAuthorizations(@Value("${openpathways.mail.embedded:false}") boolean embeddedMail) {
        this.embeddedMail = embeddedMail;
    }

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        if (embeddedMail) {
            requests.requestMatchers(HttpMethod.GET, "/demo/mailbox").permitAll();
        }
        requests.requestMatchers("/inbox", "/inbox/**", "/api/v1/inbox", "/api/v1/inbox/**")
                .authenticated();
    }
}
