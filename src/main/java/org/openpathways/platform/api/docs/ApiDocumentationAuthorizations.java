package org.openpathways.platform.api.docs;

import org.openpathways.platform.security.RequestAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The API documentation page is public: springdoc redirects {@code /api/docs} to the Swagger UI assets it serves under
 * {@code /api/swagger-ui/}, next to the description at {@code /api/openapi.json}; so is the description in YAML.
 */
@Component
class ApiDocumentationAuthorizations implements RequestAuthorizations {

    @Override
    public void configure(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/swagger-ui/**", "/api/openapi.json.yaml")
                .permitAll();
    }
}
