package org.openpathways.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseNote;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes, the text encrypted with the context {@code cases_note.body}. Which notes a reader sees is decided in the
 * query, so that a restricted note of another team is neither decrypted nor counted.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class NoteRecords {

    static final String TABLE = "cases_note";
    static final String BODY = TABLE + ".body";
    private static final String SEEN = """
             where case_id = :case and (sensitivity = 'NORMAL' or author_organisation = :organisation or :childProtection)
            """;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    NoteRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(CaseNote note) {
        jdbc.sql("""
                        insert into cases_note (id, case_id, sensitivity, body, author, author_organisation, written_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        note.id(),
                        note.caseId(),
                        note.sensitivity().name(),
                        encryption.encrypt(note.text(), BODY),
                        note.author(),
                        note.authorOrganisation(),
                        OffsetDateTime.ofInstant(note.writtenAt(), ZoneOffset.UTC))
                .update();
    }

    /**
     * The notes a reader sees, newest first: normal ones, restricted ones of the reader's organisation, and every one
     * for child protection.
     */
    public List<CaseNote> seenBy(UUID caseId, @Nullable UUID organisation, boolean childProtection) {
        return jdbc.sql("select * from " + TABLE + SEEN + " order by written_at desc, id")
                .param("case", caseId)
                .param("organisation", organisation, Types.OTHER)
                .param("childProtection", childProtection)
                .query(this::note)
                .list();
    }

    private CaseNote note(ResultSet rs, int number) throws SQLException {
        return new CaseNote(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                CaseNote.Sensitivity.valueOf(rs.getString("sensitivity")),
                encryption.decrypt(rs.getString("body"), BODY),
                rs.getObject("author", UUID.class),
                rs.getObject("author_organisation", UUID.class),
                rs.getObject("written_at", OffsetDateTime.class).toInstant());
    }
}
