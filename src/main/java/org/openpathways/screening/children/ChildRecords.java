package org.openpathways.screening.children;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.children.ChildFile.AgeAssessment;
import org.openpathways.screening.children.ChildFile.Determination;
import org.openpathways.screening.children.ChildFile.Guardian;
import org.openpathways.screening.children.ChildFile.Interview;
import org.openpathways.screening.children.ChildFile.PanelView;
import org.openpathways.screening.children.ChildFile.Status;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The children's rows. Every free text and name is encrypted with the context {@code table.column}. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ChildRecords {

    static final String CHILD = "screening_child";
    static final String AGE = "screening_age_assessment";
    static final String GUARDIAN = "screening_guardian";
    static final String INTERVIEW = "screening_child_interview";
    static final String ASSESSMENT = "screening_best_interests_assessment";
    static final String DETERMINATION = "screening_best_interests_determination";
    static final String PANEL = "screening_panel_member";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ChildRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Records that the case became a child's; true when it was not one already. */
    boolean becameChild(UUID caseId, Instant since, Instant guardianDue) {
        return jdbc.sql("insert into " + CHILD + " (case_id, child_since, guardian_due_at) values (?, ?, ?)"
                                + " on conflict (case_id) do nothing")
                        .params(caseId, at(since), at(guardianDue))
                        .update()
                == 1;
    }

    Optional<Status> status(UUID caseId) {
        return jdbc.sql("select * from " + CHILD + " where case_id = ?")
                .param(caseId)
                .query(ChildRecords::status)
                .optional();
    }

    Map<UUID, Status> statuses(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from " + CHILD + " where case_id = any(?)")
                .param(caseIds.toArray(new UUID[0]))
                .query(ChildRecords::status)
                .list()
                .stream()
                .collect(Collectors.toMap(Status::caseId, status -> status));
    }

    void flag(UUID caseId, boolean unaccompanied, boolean separated) {
        jdbc.sql("update " + CHILD + " set unaccompanied = ?, separated = ?, version = version + 1 where case_id = ?")
                .params(unaccompanied, separated, caseId)
                .update();
    }

    void insert(UUID caseId, AgeAssessment assessment) {
        jdbc.sql("insert into " + AGE + " (id, case_id, method, min_age, max_age, notes, assessed_by, assessed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        assessment.id(),
                        caseId,
                        assessment.method(),
                        assessment.minAge(),
                        assessment.maxAge(),
                        assessment.notes() == null ? null : encrypt(assessment.notes(), AGE + ".notes"),
                        assessment.assessedBy(),
                        at(assessment.assessedAt()))
                .update();
    }

    List<AgeAssessment> ageAssessments(UUID caseId) {
        return jdbc.sql("select * from " + AGE + " where case_id = ? order by assessed_at, id")
                .param(caseId)
                .query((rs, n) -> new AgeAssessment(
                        rs.getObject("id", UUID.class),
                        rs.getString("method"),
                        rs.getInt("min_age"),
                        rs.getInt("max_age"),
                        decryptNullable(rs.getString("notes"), AGE + ".notes"),
                        rs.getObject("assessed_by", UUID.class),
                        instant(rs, "assessed_at")))
                .list();
    }

    void insert(UUID caseId, Guardian guardian) {
        jdbc.sql("insert into " + GUARDIAN + " (id, case_id, role, person, assigned_by, assigned_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        guardian.id(),
                        caseId,
                        guardian.role(),
                        encrypt(
                                JSON.writeValueAsString(new Person(guardian.name(), guardian.organisation())),
                                GUARDIAN + ".person"),
                        guardian.assignedBy(),
                        at(guardian.assignedAt()))
                .update();
    }

    List<Guardian> guardians(UUID caseId) {
        return jdbc.sql("select * from " + GUARDIAN + " where case_id = ? order by assigned_at, id")
                .param(caseId)
                .query((rs, n) -> {
                    Person person = JSON.readValue(decrypt(rs.getString("person"), GUARDIAN + ".person"), Person.class);
                    return new Guardian(
                            rs.getObject("id", UUID.class),
                            rs.getString("role"),
                            person.name(),
                            person.organisation(),
                            rs.getObject("assigned_by", UUID.class),
                            instant(rs, "assigned_at"));
                })
                .list();
    }

    List<UUID> withGuardian(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct case_id from " + GUARDIAN + " where case_id = any(?)")
                .param(caseIds.toArray(new UUID[0]))
                .query(UUID.class)
                .list();
    }

    List<UUID> interviewed(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct case_id from " + INTERVIEW + " where case_id = any(?)")
                .param(caseIds.toArray(new UUID[0]))
                .query(UUID.class)
                .list();
    }

    void insert(UUID caseId, Interview interview) {
        jdbc.sql("insert into " + INTERVIEW + " (id, case_id, representative_role, representative, language, summary,"
                        + " interviewed_by, interviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        interview.id(),
                        caseId,
                        interview.representativeRole(),
                        encrypt(interview.representativeName(), INTERVIEW + ".representative"),
                        interview.language(),
                        encrypt(interview.summary(), INTERVIEW + ".summary"),
                        interview.interviewedBy(),
                        at(interview.interviewedAt()))
                .update();
    }

    List<Interview> interviews(UUID caseId) {
        return jdbc.sql("select * from " + INTERVIEW + " where case_id = ? order by interviewed_at, id")
                .param(caseId)
                .query((rs, n) -> new Interview(
                        rs.getObject("id", UUID.class),
                        rs.getString("representative_role"),
                        decrypt(rs.getString("representative"), INTERVIEW + ".representative"),
                        rs.getString("language"),
                        decrypt(rs.getString("summary"), INTERVIEW + ".summary"),
                        rs.getObject("interviewed_by", UUID.class),
                        instant(rs, "interviewed_at")))
                .list();
    }

    void insert(UUID caseId, ChildFile.Assessment assessment) {
        jdbc.sql("insert into " + ASSESSMENT + " (id, case_id, situations, form, assessed_by, assessed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        assessment.id(),
                        caseId,
                        assessment.situations().toArray(new String[0]),
                        encrypt(JSON.writeValueAsString(assessment.form()), ASSESSMENT + ".form"),
                        assessment.assessedBy(),
                        at(assessment.assessedAt()))
                .update();
    }

    List<ChildFile.Assessment> assessments(UUID caseId) {
        return jdbc.sql("select * from " + ASSESSMENT + " where case_id = ? order by assessed_at, id")
                .param(caseId)
                .query((rs, n) -> new ChildFile.Assessment(
                        rs.getObject("id", UUID.class),
                        Arrays.asList((String[]) rs.getArray("situations").getArray()),
                        JSON.readValue(decrypt(rs.getString("form"), ASSESSMENT + ".form"), BestInterestsForm.class),
                        rs.getObject("assessed_by", UUID.class),
                        instant(rs, "assessed_at")))
                .list();
    }

    /** The situations named by the case's assessments, for many cases at once. */
    Map<UUID, List<String>> situations(Collection<UUID> caseIds) {
        return namesByCase(
                "select case_id, array_agg(distinct s) as named from " + ASSESSMENT
                        + ", unnest(situations) s where case_id = any(?) group by case_id",
                caseIds);
    }

    /** The situations already determined, for many cases at once. */
    Map<UUID, List<String>> determined(Collection<UUID> caseIds) {
        return namesByCase(
                "select case_id, array_agg(distinct situation) as named from " + DETERMINATION
                        + " where case_id = any(?) group by case_id",
                caseIds);
    }

    /** Runs a statement giving {@code case_id} and an array {@code named} per case, for the given cases. */
    private Map<UUID, List<String>> namesByCase(String sql, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(sql)
                .param(caseIds.toArray(new UUID[0]))
                .query((rs, n) -> Map.entry(rs.getObject("case_id", UUID.class), Arrays.asList((String[])
                        rs.getArray("named").getArray())))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void insert(UUID caseId, Determination determination) {
        jdbc.sql("insert into " + DETERMINATION + " (id, case_id, situation, decision, decided_by, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        determination.id(),
                        caseId,
                        determination.situation(),
                        encrypt(determination.decision(), DETERMINATION + ".decision"),
                        determination.decidedBy(),
                        at(determination.decidedAt()))
                .update();
        int position = 0;
        for (PanelView view : determination.panel()) {
            jdbc.sql("insert into " + PANEL + " (id, determination_id, member, position, view) values (?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            determination.id(),
                            view.member(),
                            position++,
                            encrypt(view.view(), PANEL + ".view"))
                    .update();
        }
    }

    List<Determination> determinations(UUID caseId) {
        return jdbc.sql("select * from " + DETERMINATION + " where case_id = ? order by decided_at, id")
                .param(caseId)
                .query((rs, n) -> new Determination(
                        rs.getObject("id", UUID.class),
                        rs.getString("situation"),
                        decrypt(rs.getString("decision"), DETERMINATION + ".decision"),
                        panel(rs.getObject("id", UUID.class)),
                        rs.getObject("decided_by", UUID.class),
                        instant(rs, "decided_at")))
                .list();
    }

    private List<PanelView> panel(UUID determination) {
        return jdbc.sql("select member, view from " + PANEL + " where determination_id = ? order by position")
                .param(determination)
                .query((rs, n) -> new PanelView(
                        rs.getObject("member", UUID.class), null, decrypt(rs.getString("view"), PANEL + ".view")))
                .list();
    }

    private static Status status(ResultSet rs, int n) throws SQLException {
        return new Status(
                rs.getObject("case_id", UUID.class),
                instant(rs, "child_since"),
                instant(rs, "guardian_due_at"),
                rs.getBoolean("unaccompanied"),
                rs.getBoolean("separated"));
    }

    private String encrypt(String text, String context) {
        return encryption.encrypt(text, context);
    }

    private String decrypt(String text, String context) {
        return encryption.decrypt(text, context);
    }

    private @Nullable String decryptNullable(@Nullable String text, String context) {
        return text == null ? null : decrypt(text, context);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private record Person(String name, @Nullable String organisation) {}
}
