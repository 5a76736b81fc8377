package org.openpathways.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.domain.ContentTooLarge;
import org.openpathways.documents.domain.FileName;
import org.openpathways.documents.domain.FileNameRejected;
import org.openpathways.documents.domain.FileSignatures;
import org.openpathways.documents.domain.ReceivedContent;
import org.openpathways.documents.persistence.DocumentRecords;
import org.openpathways.documents.storage.DocumentDamaged;
import org.openpathways.documents.storage.DocumentVault;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents module's API: keep a document for its owner, describe it, hand out its content to whom may read it,
 * list a person's documents and delete them.
 *
 * <p>Every refusal is a {@link ProblemException}: {@link UploadRefused} for uploads, 404 for a document that does not
 * exist or that the requester may not read (the two are not told apart), 409 when another module retains a document.
 * Uploads, reads of content (and of metadata by anyone but the owner) and deletions are recorded in the audit trail
 * with their purpose; file names and contents never reach the trail or the logs.
 */
@Service
public class Documents {

    /** The purpose of what people do with their own documents. */
    public static final String SELF_SERVICE = "self-service";

    public static final int MAX_PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRecords records;
    private final DocumentVault vault;
    private final ReadingPermissions permissions;
    private final ObjectProvider<DocumentRetention> retentions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxSize;
    private final int maxPerOwner;

    Documents(
            DocumentRecords records,
            DocumentVault vault,
            ReadingPermissions permissions,
            ObjectProvider<DocumentRetention> retentions,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            DocumentsProperties properties) {
        this.records = records;
        this.vault = vault;
        this.permissions = permissions;
        this.retentions = retentions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxSize = properties.maxSize().toBytes();
        this.maxPerOwner = properties.maxPerOwner();
    }

    /** The largest document accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /**
     * Checks an upload and keeps it for its owner. The name is checked first, then the content is read up to the
     * maximum size and its type decided from its first bytes; nothing is stored unless every check passes.
     *
     * @param owner who uploads it, and will own it
     * @param fileName the name it was sent with, kept as a label only
     * @param content the bytes; read once, not closed
     * @throws UploadRefused when the name, size, type or content is not acceptable, or the owner already keeps as
     *     many documents as one person may
     */
    @Transactional
    public DocumentMetadata upload(
            Requester owner, DocumentPurpose purpose, @Nullable String fileName, InputStream content) {
        FileName name = checkedName(fileName);
        if (records.countOwnedBy(owner.accountId()) >= maxPerOwner) {
            throw new UploadRefused(HttpStatus.CONFLICT, "documents.limit-reached", UploadRefused.FILE, maxPerOwner);
        }
        ReceivedContent received = receive(content);
        DocumentType type = FileSignatures.identify(received.bytes()).orElseThrow(UploadRefused::unsupportedType);
        var document = new DocumentMetadata(
                DocumentId.generate(),
                owner.accountId(),
                purpose,
                type,
                name.value(),
                received.bytes().length,
                received.sha256(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        vault.putWithinTransaction(document.id(), received.bytes());
        records.insert(document);
        audit.record(AuditRecord.of("documents.uploaded", "document", document.id(), SELF_SERVICE)
                .with("document-purpose", purpose.code())
                .with("type", type.name()));
        events.publishEvent(new DocumentUploaded(document.id(), owner.accountId(), purpose, type));
        return document;
    }

    /**
     * What is known about a document, for its owner or whom a policy admits for the purpose. Reads by anyone but the
     * owner are audited.
     *
     * @throws ProblemException 404 when there is no such document or the requester may not read it
     */
    @Transactional
    public DocumentMetadata metadata(DocumentId id, Requester requester, String purpose) {
        Readable readable = readable(id, requester, purpose);
        if (!readable.document().ownedBy(requester)) {
            audit.record(AuditRecord.of("documents.described", "document", id, purpose)
                    .with("access", readable.grant()));
        }
        return readable.document();
    }

    /**
     * A document's content, checked against its SHA-256, for its owner or whom a policy admits for the purpose. Every
     * read is audited.
     *
     * @throws ProblemException 404 when there is no such document or the requester may not read it; 500
     *     {@code documents.damaged} when the stored content is not the one uploaded
     */
    @Transactional
    public DocumentContent open(DocumentId id, Requester requester, String purpose) {
        Readable readable = readable(id, requester, purpose);
        byte[] bytes;
        try {
            bytes = vault.take(id, readable.document().sha256());
        } catch (DocumentDamaged e) {
            log.error("Document {} cannot be given out: {}", id, e.getMessage());
            throw new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "documents.damaged");
        }
        audit.record(AuditRecord.of("documents.read", "document", id, purpose).with("access", readable.grant()));
        return new DocumentContent(readable.document(), bytes);
    }

    /** The requester's own documents, newest first. */
    @Transactional(readOnly = true)
    public DocumentList listOwn(Requester requester, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "documents.page-invalid", MAX_PAGE_SIZE);
        }
        long total = records.countOwnedBy(requester.accountId());
        return new DocumentList(records.ownedBy(requester.accountId(), (long) page * size, size), page, size, total);
    }

    /**
     * Deletes one of the requester's documents: its content is removed once the deletion commits, its name forgotten.
     *
     * @throws ProblemException 404 when the requester owns no such document; 409 {@code documents.retained} when
     *     another module must keep it for now
     */
    @Transactional
    public void delete(DocumentId id, Requester requester) {
        DocumentMetadata document = records.findLive(id)
                .filter(found -> found.ownedBy(requester))
                .orElseThrow(() -> ProblemException.notFound("documents.not-found"));
        if (retentions.orderedStream().anyMatch(retention -> retention.retains(document))) {
            throw ProblemException.conflict("documents.retained");
        }
        records.markDeleted(id, clock.instant());
        audit.record(AuditRecord.of("documents.deleted", "document", id, SELF_SERVICE)
                .with("document-purpose", document.purpose().code()));
        events.publishEvent(new DocumentDeleted(id, requester.accountId()));
        vault.removeAfterCommit(id);
    }

    private Readable readable(DocumentId id, Requester requester, String purpose) {
        ReadingPermissions.requireValid(purpose);
        return records.findLive(id)
                .flatMap(document ->
                        permissions.grant(document, requester, purpose).map(grant -> new Readable(document, grant)))
                .orElseThrow(() -> ProblemException.notFound("documents.not-found"));
    }

    /** A document the requester may read, and what grants it ({@code owner} or the admitting policy). */
    private record Readable(DocumentMetadata document, String grant) {}

    private static FileName checkedName(@Nullable String fileName) {
        try {
            return FileName.of(fileName == null ? "" : fileName);
        } catch (FileNameRejected e) {
            throw UploadRefused.badFile(
                    switch (e.reason()) {
                        case MISSING -> "documents.name-missing";
                        case TOO_LONG -> "documents.name-too-long";
                        case NOT_ALLOWED -> "documents.name-not-allowed";
                    });
        }
    }

    private ReceivedContent receive(InputStream content) {
        ReceivedContent received;
        try {
            received = ReceivedContent.read(content, maxSize);
        } catch (ContentTooLarge e) {
            throw UploadRefused.tooLarge(maxSize);
        } catch (IOException e) {
            throw UploadRefused.badFile("documents.upload-broken");
        }
        if (received.empty()) {
            throw UploadRefused.badFile("documents.empty");
        }
        return received;
    }
}
