package org.openpathways.documents.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.Requester;
import org.openpathways.platform.api.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Turns the signed-in person and the ids in URLs into what the documents facade expects. */
final class Requesters {

    private static final String ROLE_PREFIX = "ROLE_";

    private Requesters() {}

    /**
     * @throws ProblemException 403 when the signed-in principal is not an account (documents belong to accounts)
     */
    static Requester of(Authentication authentication) {
        UUID account;
        try {
            account = UUID.fromString(authentication.getName());
        } catch (IllegalArgumentException notAnAccount) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "documents.account-required");
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        return new Requester(account, roles);
    }

    /** @throws ProblemException 404 when the text is not a document id */
    static DocumentId documentId(String text) {
        return DocumentId.parse(text).orElseThrow(() -> ProblemException.notFound("documents.not-found"));
    }
}
