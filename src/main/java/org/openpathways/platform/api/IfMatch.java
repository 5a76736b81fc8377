package org.openpathways.platform.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The {@code If-Match} header of a request that changes a versioned record (PUT, PATCH, DELETE). Declare it as a handler
 * parameter and check it against the record's current version before changing it: a stale version is refused with 412,
 * so that nobody overwrites a change they have not seen. Endpoints choose whether the header is mandatory
 * ({@link #require}, 428 when it is missing) or optional ({@link #requireIfPresent}).
 *
 * <p>The check and the change are two steps: make the change itself conditional on the version too (for instance
 * {@code update ... where id = ? and version = ?}) and throw Spring's {@code OptimisticLockingFailureException} when no
 * row matched; that answers 409.
 */
public final class IfMatch {

    private final @Nullable String header;

    private IfMatch(@Nullable String header) {
        this.header = header;
    }

    public static IfMatch of(@Nullable String header) {
        return new IfMatch(header == null || header.isBlank() ? null : header);
    }

    public boolean present() {
        return header != null;
    }

    /**
     * @throws ProblemException 428 when the header is missing, 412 when it names no tag equal to the current version
     */
    public void require(long currentVersion) {
        if (header == null) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED);
        }
        requireIfPresent(currentVersion);
    }

    /** @throws ProblemException 412 when the header is present and names no tag equal to the current version */
    public void requireIfPresent(long currentVersion) {
        if (header == null) {
            return;
        }
        EntityTag current = EntityTag.ofVersion(currentVersion);
        List<EntityTag> tags = EntityTag.parseList(header);
        boolean matches = tags.stream().anyMatch(tag -> tag.isAny() || tag.strongMatch(current));
        if (!matches) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED);
        }
    }
}
