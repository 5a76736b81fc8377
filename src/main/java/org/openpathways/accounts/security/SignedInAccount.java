package org.openpathways.accounts.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.Role;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in, as kept in the session: the account's id (which is also the authentication's name, so logs and
 * the audit trail name people by id, never by address) and its roles.
 */
public record SignedInAccount(UUID id, Set<Role> roles) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return id.toString();
    }

    java.util.List<SimpleGrantedAuthority> authorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
