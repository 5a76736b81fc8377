package org.openpathways.applications.web;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Actor;
import org.openpathways.platform.api.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in account as the applications facade expects it. */
final class Actors {

    private Actors() {}

    /** @throws ProblemException 403 when the principal is not an account */
    static Actor of(Authentication authentication) {
        UUID account;
        try {
            account = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.account-required");
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        return new Actor(account, roles);
    }
}
