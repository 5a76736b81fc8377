package org.openpathways.permits.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpathways.permits.PermitReader;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Turns the signed-in person into what the permits facade expects. */
final class Readers {

    private static final String ROLE_PREFIX = "ROLE_";

    private Readers() {}

    /** @throws ProblemException 403 when the principal is not an account */
    static PermitReader of(Authentication authentication) {
        UUID account;
        try {
            account = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        return new PermitReader(account, roles);
    }

    static Language language(java.util.Locale locale) {
        return Language.ofCode(locale.getLanguage()).orElse(Language.fallback());
    }
}
