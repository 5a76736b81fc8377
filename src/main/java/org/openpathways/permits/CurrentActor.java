package org.openpathways.permits;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who a history row names, the way the audit trail names actors. */
final class CurrentActor {

    private CurrentActor() {}

    static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return "account:" + authentication.getName();
    }
}
