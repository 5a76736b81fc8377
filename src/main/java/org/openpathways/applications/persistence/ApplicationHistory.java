package org.openpathways.applications.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.Step;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to an application over time: the steps the applicant sees, and the requests for information with
 * their answers (encrypted; while one is open the statutory clock stands still).
 *
 * <p>Every write here must come with an update of the application's row in the same transaction (each does, as part
 * of a change of status): the applicant's kept status answers are checked against the row alone
 * ({@link ApplicationStamps}, ADR 0022).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ApplicationHistory {

    private static final String QUESTION = "applications_information_request.question";
    private static final String ANSWER = "applications_information_request.answer";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ApplicationHistory(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void addStep(UUID application, Step step, Instant at) {
        jdbc.sql("""
                        insert into applications_step (application_id, position, step, at)
                        values (:id, (select coalesce(max(position), 0) + 1 from applications_step
                                      where application_id = :id), :step, :at)
                        """)
                .param("id", application)
                .param("step", step.code())
                .param("at", ApplicationRecords.at(at))
                .update();
    }

    public List<StepRow> steps(UUID application) {
        return jdbc.sql("select step, at from applications_step where application_id = :id order by position")
                .param("id", application)
                .query((rs, n) -> new StepRow(
                        Step.ofCode(rs.getString("step")),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public record StepRow(Step step, Instant at) {}

    public void addInformationRequest(UUID application, UUID by, String question, Instant at, LocalDate on) {
        jdbc.sql("""
                        insert into applications_information_request
                            (id, application_id, requested_at, requested_on, requested_by, question)
                        values (:id, :application, :at, :on, :by, :question)
                        """)
                .param("id", UUID.randomUUID())
                .param("application", application)
                .param("at", ApplicationRecords.at(at))
                .param("on", on)
                .param("by", by)
                .param("question", encryption.encrypt(question, QUESTION))
                .update();
    }

    /** @return whether an open request was there to answer */
    public boolean answerOpenRequest(UUID application, String answer, Instant at, LocalDate on) {
        return jdbc.sql("""
                        update applications_information_request
                        set answer = :answer, answered_at = :at, answered_on = :on
                        where application_id = :application and answered_at is null
                        """)
                        .param("answer", encryption.encrypt(answer, ANSWER))
                        .param("at", ApplicationRecords.at(at))
                        .param("on", on)
                        .param("application", application)
                        .update()
                == 1;
    }

    public List<InformationRequestRow> informationRequests(UUID application) {
        return jdbc.sql("""
                        select requested_at, requested_on, question, answered_at, answered_on, answer
                        from applications_information_request where application_id = :id order by requested_at
                        """)
                .param("id", application)
                .query((rs, n) -> new InformationRequestRow(
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("requested_on", LocalDate.class),
                        encryption.decrypt(rs.getString("question"), QUESTION),
                        answeredAt(rs.getObject("answered_at", OffsetDateTime.class)),
                        rs.getObject("answered_on", LocalDate.class),
                        rs.getString("answer") == null ? null : encryption.decrypt(rs.getString("answer"), ANSWER)))
                .list();
    }

    public record InformationRequestRow(
            Instant requestedAt,
            LocalDate requestedOn,
            String question,
            @Nullable Instant answeredAt,
            @Nullable LocalDate answeredOn,
            @Nullable String answer) {}

    private static @Nullable Instant answeredAt(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
