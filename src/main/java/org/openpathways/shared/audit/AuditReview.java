package org.openpathways.shared.audit;

import java.util.List;
import org.openpathways.platform.api.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What auditors do with the trail: read it and verify it. Both are themselves audited ({@code audit.read},
 * {@code audit.verified}), in the same transaction. Callers check the role; this is reached only by auditors and by
 * the operator's {@code verify-audit} command.
 */
@Service
public class AuditReview {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    private static final String RECORD_TYPE = "audit-trail";
    private static final String PURPOSE = "oversight";

    private final AuditEntries entries;
    private final AuditChainVerifier verifier;
    private final AuditTrail trail;

    AuditReview(AuditEntries entries, AuditChainVerifier verifier, AuditTrail trail) {
        this.entries = entries;
        this.verifier = verifier;
        this.trail = trail;
    }

    /**
     * A page of entries, newest first, as the trail stood before this read was recorded.
     *
     * @param page from 1 to {@link #MAX_PAGE}
     * @param size from 1 to {@link #MAX_PAGE_SIZE}
     * @throws ProblemException (400, {@code invalid-audit-query}) naming the invalid fields
     */
    @Transactional
    public AuditEntryPage entries(AuditEntryFilter filter, int page, int size) {
        List<String> invalid = filter.invalidFields();
        if (page < 1 || page > MAX_PAGE) {
            invalid = concat(invalid, "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            invalid = concat(invalid, "size");
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-audit-query").with("fields", invalid);
        }
        AuditEntryPage result = entries.page(filter, page, size);
        AuditRecord read = AuditRecord.of("audit.read", RECORD_TYPE, null, PURPOSE)
                .with("page", Integer.toString(page))
                .with("size", Integer.toString(size));
        if (filter.action() != null) {
            read = read.with("action", filter.action());
        }
        if (filter.recordType() != null) {
            read = read.with("record-type", filter.recordType());
        }
        if (filter.recordId() != null) {
            read = read.with("record-id", filter.recordId());
        }
        if (filter.actor() != null) {
            read = read.with("actor", filter.actor());
        }
        trail.record(read);
        return result;
    }

    /** Verifies the whole chain and records the outcome as {@code audit.verified}. */
    @Transactional
    public ChainVerification verify() {
        ChainVerification result = verifier.verify();
        AuditRecord verified = AuditRecord.of("audit.verified", RECORD_TYPE, null, PURPOSE)
                .with("intact", Boolean.toString(result.intact()))
                .with("entries", Long.toString(result.entries()))
                .with("head-hash", result.headHash());
        if (result.firstBreak() != null) {
            verified = verified.with(
                            "first-broken-entry",
                            Long.toString(result.firstBreak().sequence()))
                    .with("reason", result.firstBreak().reason().name());
        }
        trail.record(verified);
        return result;
    }

    private static List<String> concat(List<String> names, String name) {
        return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(name))
                .toList();
    }
}
