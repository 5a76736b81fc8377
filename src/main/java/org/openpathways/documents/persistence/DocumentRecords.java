package org.openpathways.documents.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.DocumentMetadata;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.DocumentType;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents' metadata rows. Original file names are encrypted here and nowhere else. */
@Repository
public class DocumentRecords {

    /** Declared as a bean so that key rotation re-encrypts it. */
    public static final EncryptedColumn ORIGINAL_NAME =
            new EncryptedColumn("documents_document", "id", "original_name");

    private static final String COLUMNS =
            "id, owner_id, purpose, content_type, size_bytes, original_name, sha256, uploaded_at";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    DocumentRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(DocumentMetadata document) {
        jdbc.sql("""
                        insert into documents_document
                            (id, owner_id, purpose, content_type, size_bytes, original_name, sha256, uploaded_at)
                        values (:id, :owner, :purpose, :type, :size, :name, :sha256, :uploadedAt)
                        """)
                .param("id", document.id().value())
                .param("owner", document.owner())
                .param("purpose", document.purpose().code())
                .param("type", document.type().mediaType())
                .param("size", document.size())
                .param("name", encryption.encrypt(document.originalName(), ORIGINAL_NAME.context()))
                .param("sha256", document.sha256())
                .param("uploadedAt", Timestamp.from(document.uploadedAt()))
                .update();
    }

    /** The document, unless it does not exist or was deleted. */
    public Optional<DocumentMetadata> findLive(DocumentId id) {
        return jdbc.sql("select " + COLUMNS + " from documents_document where id = ? and deleted_at is null")
                .param(id.value())
                .query(this::metadata)
                .optional();
    }

    public boolean isLive(DocumentId id) {
        return jdbc.sql("select exists (select 1 from documents_document where id = ? and deleted_at is null)")
                .param(id.value())
                .query(Boolean.class)
                .single();
    }

    /** The owner's documents that were not deleted, newest first. */
    public List<DocumentMetadata> ownedBy(UUID owner, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from documents_document where owner_id = ? and deleted_at is null"
                        + " order by uploaded_at desc, id limit ? offset ?")
                .params(owner, limit, offset)
                .query(this::metadata)
                .list();
    }

    public long countOwnedBy(UUID owner) {
        return jdbc.sql("select count(*) from documents_document where owner_id = ? and deleted_at is null")
                .param(owner)
                .query(Long.class)
                .single();
    }

    /** Marks a document deleted and forgets its name and checksum; false when it was already gone. */
    public boolean markDeleted(DocumentId id, Instant at) {
        return jdbc.sql("""
                        update documents_document set deleted_at = ?, original_name = null, sha256 = null
                        where id = ? and deleted_at is null
                        """).params(Timestamp.from(at), id.value()).update() == 1;
    }

    /** A batch of documents that were not deleted, in id order after the given id (or from the start), with checksums. */
    public List<StoredChecksum> liveChecksumsAfter(Optional<DocumentId> after, int limit) {
        return jdbc.sql(
                        "select id, sha256 from documents_document where deleted_at is null and id > ? order by id limit ?")
                .params(after.map(DocumentId::value).orElse(new UUID(0, 0)), limit)
                .query((rs, n) -> new StoredChecksum(new DocumentId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    /** A live document's id and the SHA-256 of its content. */
    public record StoredChecksum(DocumentId id, String sha256) {}

    private DocumentMetadata metadata(ResultSet rs, int row) throws SQLException {
        String mediaType = rs.getString("content_type");
        return new DocumentMetadata(
                new DocumentId(rs.getObject("id", UUID.class)),
                rs.getObject("owner_id", UUID.class),
                DocumentPurpose.ofCode(rs.getString("purpose")).orElseThrow(),
                DocumentType.ofMediaType(mediaType).orElseThrow(),
                encryption.decrypt(rs.getString("original_name"), ORIGINAL_NAME.context()),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
