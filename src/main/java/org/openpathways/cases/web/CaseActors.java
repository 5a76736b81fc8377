package org.openpathways.cases.web;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.platform.api.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The signed-in account as the cases facade expects it: its roles and the organisation it works for. */
@Component
public class CaseActors {

    private final Organisations organisations;

    CaseActors(Organisations organisations) {
        this.organisations = organisations;
    }

    /** @throws ProblemException 403 {@code cases.not-allowed} when the principal is not an account */
    public CaseActor of(Authentication authentication) {
        UUID account;
        try {
            account = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        return new CaseActor(account, organisations.organisationOf(account).orElse(null), roles);
    }
}
