package org.openpathways.screening.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.screening.ScreeningResult;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening rows. Answers and result are JSON documents encrypted with the contexts {@code
 * screening_screening.answers} and {@code screening_screening.result}.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ScreeningRecords {

    static final String TABLE = "screening_screening";
    private static final String ANSWERS = TABLE + ".answers";
    private static final String RESULT = TABLE + ".result";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<Map<String, String>> ANSWER_MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ScreeningRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(StoredScreening screening) {
        jdbc.sql("insert into " + TABLE + """
                         (id, case_id, application_reference, questionnaire_id, questionnaire_version, answers, result,
                         rating, screened_by, screened_at)
                        values (:id, :case, :application, :questionnaire, :version, :answers, :result, :rating, :by,
                         :at)
                        """)
                .param("id", screening.id())
                .param("case", screening.caseId())
                .param("application", screening.applicationReference(), Types.VARCHAR)
                .param("questionnaire", screening.questionnaireId())
                .param("version", screening.questionnaireVersion())
                .param("answers", encryption.encrypt(JSON.writeValueAsString(screening.answers()), ANSWERS))
                .param("result", encryption.encrypt(JSON.writeValueAsString(screening.result()), RESULT))
                .param("rating", screening.result().rating().name())
                .param("by", screening.screenedBy())
                .param("at", OffsetDateTime.ofInstant(screening.screenedAt(), ZoneOffset.UTC))
                .update();
    }

    public Optional<StoredScreening> find(UUID id) {
        return jdbc.sql("select * from " + TABLE + " where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    /** The case's screenings, newest first. */
    public List<StoredScreening> ofCase(UUID caseId) {
        return jdbc.sql("select * from " + TABLE + " where case_id = :case order by screened_at desc, id limit 50")
                .param("case", caseId)
                .query(this::row)
                .list();
    }

    /** The case's latest screening. */
    public Optional<StoredScreening> latest(UUID caseId) {
        return jdbc.sql("select * from " + TABLE + " where case_id = :case order by screened_at desc, id limit 1")
                .param("case", caseId)
                .query(this::row)
                .optional();
    }

    private StoredScreening row(ResultSet rs, int number) throws SQLException {
        return new StoredScreening(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("application_reference"),
                rs.getString("questionnaire_id"),
                rs.getInt("questionnaire_version"),
                JSON.readValue(encryption.decrypt(rs.getString("answers"), ANSWERS), ANSWER_MAP),
                JSON.readValue(encryption.decrypt(rs.getString("result"), RESULT), ScreeningResult.class),
                rs.getObject("screened_by", UUID.class),
                rs.getObject("screened_at", OffsetDateTime.class).toInstant());
    }
}
