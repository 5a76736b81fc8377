package org.openpathways.documents.web;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Documents are for signed-in people of any role; which documents each may see is decided by the facade (owner, or an
 * access policy).
 */
@Component
class DocumentRequestAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/documents", "/documents/**", "/api/v1/documents", "/api/v1/documents/**")
                .authenticated();
    }
}
