package org.openpathways.agreements.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpathways.agreements.AgreementKind;
import org.openpathways.agreements.AgreementStatus;
import org.openpathways.agreements.AgreementTerms;
import org.openpathways.platform.i18n.Language;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreements' rows and their texts (title at position 0, rights clauses from 1). */
@Repository
public class AgreementRecords {

    private static final String COLUMNS = "code, kind, partners, sectors, valid_from, valid_to, status, version";

    private final JdbcClient jdbc;

    AgreementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the agreement unless its code is taken; false when it was (nothing is written). */
    public boolean insert(AgreementTerms terms, Instant at) {
        boolean inserted = jdbc.sql("""
                        insert into agreements_agreement (code, kind, partners, sectors, valid_from, valid_to,
                            status, created_at, updated_at)
                        values (:code, :kind, :partners, :sectors, :from, :to, :status, :at, :at)
                        on conflict (code) do nothing
                        """)
                        .param("code", terms.code())
                        .param("kind", terms.kind().code())
                        .param("partners", terms.partners().toArray(String[]::new))
                        .param("sectors", terms.sectors().toArray(String[]::new))
                        .param("from", terms.validFrom())
                        .param("to", terms.validTo())
                        .param("status", terms.status().code())
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
        if (inserted) {
            writeTexts(terms);
        }
        return inserted;
    }

    /** @throws OptimisticLockingFailureException when the agreement changed since version {@code seen} */
    public void update(AgreementTerms terms, long seen, Instant at) {
        int updated = jdbc.sql("""
                        update agreements_agreement
                        set kind = :kind, partners = :partners, sectors = :sectors, valid_from = :from,
                            valid_to = :to, status = :status, updated_at = :at, version = version + 1
                        where code = :code and version = :version
                        """)
                .param("code", terms.code())
                .param("kind", terms.kind().code())
                .param("partners", terms.partners().toArray(String[]::new))
                .param("sectors", terms.sectors().toArray(String[]::new))
                .param("from", terms.validFrom())
                .param("to", terms.validTo())
                .param("status", terms.status().code())
                .param("at", Timestamp.from(at))
                .param("version", seen)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The agreement changed since it was read");
        }
        jdbc.sql("delete from agreements_agreement_text where agreement_code = ?")
                .param(terms.code())
                .update();
        writeTexts(terms);
    }

    public Optional<StoredAgreement> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from agreements_agreement where code = ?")
                .param(code)
                .query(AgreementRecords::agreement)
                .optional();
    }

    /** The agreement, its row locked until the transaction ends. */
    public Optional<StoredAgreement> lock(String code) {
        return jdbc.sql("select " + COLUMNS + " from agreements_agreement where code = ? for update")
                .param(code)
                .query(AgreementRecords::agreement)
                .optional();
    }

    /** Agreements with one of the statuses, the most recent first. */
    public List<StoredAgreement> withStatus(List<AgreementStatus> statuses) {
        return jdbc.sql("select " + COLUMNS + " from agreements_agreement where status = any (:statuses)"
                        + " order by valid_from desc, code")
                .param("statuses", statuses.stream().map(AgreementStatus::code).toArray(String[]::new))
                .query(AgreementRecords::agreement)
                .list();
    }

    public Map<Language, String> titles(String code) {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        jdbc.sql("select language, text from agreements_agreement_text where agreement_code = ? and position = 0")
                .param(code)
                .query((rs, row) -> titles.put(language(rs), rs.getString(2)))
                .list();
        return titles;
    }

    public Map<Language, List<String>> rightsClauses(String code) {
        Map<Language, List<String>> clauses = new EnumMap<>(Language.class);
        jdbc.sql("select language, text from agreements_agreement_text where agreement_code = ? and position > 0"
                        + " order by language, position")
                .param(code)
                .query((rs, row) -> clauses.computeIfAbsent(language(rs), any -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        clauses.replaceAll((language, texts) -> List.copyOf(texts));
        return clauses;
    }

    private void writeTexts(AgreementTerms terms) {
        terms.titles().forEach((language, title) -> insertText(terms.code(), language, 0, title));
        terms.rightsClauses().forEach((language, clauses) -> {
            for (int i = 0; i < clauses.size(); i++) {
                insertText(terms.code(), language, i + 1, clauses.get(i));
            }
        });
    }

    private void insertText(String code, Language language, int position, String text) {
        jdbc.sql("insert into agreements_agreement_text (agreement_code, language, position, text)"
                        + " values (?, ?, ?, ?)")
                .params(code, language.code(), position, text)
                .update();
    }

    private static Language language(ResultSet rs) throws SQLException {
        return Language.ofCode(rs.getString(1)).orElseThrow();
    }

    private static StoredAgreement agreement(ResultSet rs, int row) throws SQLException {
        return new StoredAgreement(
                rs.getString("code"),
                AgreementKind.ofCode(rs.getString("kind")).orElseThrow(),
                strings(rs.getArray("partners")),
                strings(rs.getArray("sectors")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                AgreementStatus.ofCode(rs.getString("status")).orElseThrow(),
                rs.getLong("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }
}
