package org.openpathways.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's declaration of which of its paths are public and which need a role. The security configuration applies
 * every module's declarations and then requires authentication for everything else; finer rules (relationship to a
 * record) are checked in the module's own code.
 */
@FunctionalInterface
public interface RequestAuthorizations {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
