package org.openpathways.documents;

import java.util.Optional;
import java.util.regex.Pattern;
import org.openpathways.platform.api.ProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Decides who may read a document: its owner, or whoever a {@link DocumentAccessPolicy} admits for the declared
 * purpose. Nobody else; with no policy, only the owner.
 */
@Component
class ReadingPermissions {

    /** What a purpose looks like: a short code such as {@code self-service} or {@code application-assessment}. */
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final ObjectProvider<DocumentAccessPolicy> policies;

    ReadingPermissions(ObjectProvider<DocumentAccessPolicy> policies) {
        this.policies = policies;
    }

    /**
     * What grants the requester access, for the audit trail ({@code owner} or {@code policy:<name>}), or empty when
     * nothing does.
     */
    Optional<String> grant(DocumentMetadata document, Requester requester, String purpose) {
        if (document.ownedBy(requester)) {
            return Optional.of("owner");
        }
        return policies.orderedStream()
                .filter(policy -> policy.permitsReading(document, requester, purpose))
                .findFirst()
                .map(policy -> "policy:" + ClassUtils.getUserClass(policy).getSimpleName());
    }

    /** @throws ProblemException 400 when the purpose is not a purpose code */
    static void requireValid(String purpose) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "documents.access-purpose-invalid");
        }
    }
}
