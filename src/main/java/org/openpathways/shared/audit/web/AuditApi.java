package org.openpathways.shared.audit.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.audit.AuditEntry;
import org.openpathways.shared.audit.AuditEntryFilter;
import org.openpathways.shared.audit.AuditEntryPage;
import org.openpathways.shared.audit.AuditReview;
import org.openpathways.shared.audit.ChainBreak;
import org.openpathways.shared.audit.ChainVerification;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for auditors' tools: {@code GET /api/v1/audit/entries} (newest first, paginated from page 1, at
 * most 100 a page) and {@code POST /api/v1/audit/verifications}, which verifies the whole chain.
 */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = "application/json")
class AuditApi {

    private final AuditReview review;
    private final MessageSource messages;

    AuditApi(AuditReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    @GetMapping("/entries")
    EntriesResponse entries(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String recordType,
            @RequestParam(required = false) @Nullable String recordId,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        AuditEntryPage result = review.entries(new AuditEntryFilter(action, recordType, recordId, actor), page, size);
        return new EntriesResponse(
                result.entries(), result.page(), result.size(), result.totalEntries(), result.totalPages());
    }

    @PostMapping("/verifications")
    VerificationResponse verify(Locale locale) {
        ChainVerification result = review.verify();
        ChainBreak broken = result.firstBreak();
        return new VerificationResponse(
                result.intact(),
                result.entries(),
                result.headHash(),
                broken == null
                        ? null
                        : new BreakResponse(
                                broken.sequence(),
                                broken.reason().name(),
                                messages.getMessage(
                                        "audit.break." + broken.reason().name(),
                                        new Object[] {broken.sequence()},
                                        locale)));
    }

    record EntriesResponse(List<AuditEntry> entries, int page, int size, long totalEntries, int totalPages) {}

    /**
     * @param entries how many entries were found intact
     * @param headHash the hash of the last intact entry
     * @param firstBreak the first broken entry, absent when the chain is intact
     */
    record VerificationResponse(
            boolean intact,
            long entries,
            String headHash,
            @Nullable BreakResponse firstBreak) {}

    /** @param reason {@code ALTERED}, {@code DELETED} or {@code INSERTED_OR_REORDERED} */
    record BreakResponse(long sequence, String reason, String explanation) {}
}
