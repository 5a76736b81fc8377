package org.openpathways.agreements.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Administrators also see drafts. */
final class Administrators {

    private Administrators() {}

    static boolean is(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
