package org.openpathways.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording a screening (issue 4): {@code POST /api/v1/cases/{id}/screenings} with a full questionnaire answer, as the
 * demo consular officer, over generated adults' cases of the consulate; against plain JDBC reading and writing the same
 * rows in one transaction each.
 */
final class Screening {

    private static final PrintStream out = System.out;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern RATING = Pattern.compile("\"rating\"\\s*:\\s*\"([a-zA-Z]+)\"");

    /**
     * Every question of the first-contact questionnaire answered, as an officer would for an adult travelling alone
     * with two children, in distress, with a claim pending and no means for the next days: a MEDIUM or HIGH rating
     * with several referrals required.
     */
    static final String ANSWERS = """
            {"answers":{"says-under-18":"no","urgent-medical-care":"no","serious-illness":"yes","pregnant":"no",
            "disability":"no","psychological-distress":"yes","violence-or-torture":"no","gender-based-violence":"no",
            "shared-language":"yes","travelling-alone":"yes","separated-from-family":"yes","dependent-children":"2",
            "family-support":"no","safe-place-tonight":"no","community-network":"no",
            "threats-or-discrimination":"no","controlled-or-in-debt":"no","deceived-about-work":"no",
            "legal-status":"pending","identity-documents":"yes","means-for-basic-needs":"no"}}""";

    /** What the application reads for one screening, before it writes (see {@code run}). */
    static final String ORGANISATION_OF = Issue4.ORGANISATION_OF;

    static final String CASE_ACCESS = "select organisation_id, assigned_to, child from cases_case where id = ?";
    static final String CASE_ROW = "select * from cases_case where id = ?";
    static final String CHILD_STATUS = "select * from screening_child where case_id = ?";

    /** What one application screening wrote, measured on the first one. */
    record Written(
            int auditEntries,
            List<String> auditActions,
            int publications,
            String answers,
            String result,
            String rating,
            String event) {}

    private Screening() {}

    static void run(
            Options options,
            HikariDataSource pool,
            CpuMeter meter,
            List<Issue3.Line> lines,
            List<LoadRun.Result> results,
            List<String> cpu)
            throws Exception {
        if (!inApplication(options)) {
            out.println("screening: the application has no screening module (not merged yet); skipped");
            return;
        }
        List<UUID> cases = new ArrayList<>();
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select c.id from cases_case c join accounts_organisation o on o.id = c.organisation_id
                        where o.name = 'Consulate General' and not c.child and c.place = 'Generated contact point'
                          and not exists (select 1 from screening_screening s where s.case_id = c.id)
                        order by c.id limit %d""".formatted(options.intValue("screening-cases", 100_000)))) {
            while (rs.next()) {
                cases.add(rs.getObject(1, UUID.class));
            }
        }
        if (cases.size() < 1000) {
            throw new IllegalStateException("Only " + cases.size() + " generated adults' cases of the consulate");
        }
        UUID consular = Issue4.uuid(pool, """
                select a.id from accounts_account a join accounts_account_role r on r.account_id = a.id
                where r.role = 'CONSULAR' order by a.created_at limit 1""");
        AppSession officer = AppSession.signIn(options.baseUrl(), ReferralGenerator.CONSULAR, Generator.DEMO_PASSWORD);
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement()) {
            statement.execute("create table if not exists bench_audit_entry (like audit_entry including all)");
            statement.execute(
                    "create table if not exists bench_event_publication (like event_publication including all)");
        }
        Written written = firstScreening(pool, officer, cases.remove(0));
        out.printf(
                Locale.ROOT,
                "screening: one application screening wrote 1 screening row (answers %d chars, result %d chars"
                        + " encrypted, rating %s), %d audit entries %s and %d event publications%n",
                written.answers().length(),
                written.result().length(),
                written.rating(),
                written.auditEntries(),
                written.auditActions(),
                written.publications());
        List<UUID> appCases = new ArrayList<>();
        List<UUID> baselineCases = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            (i % 2 == 0 ? appCases : baselineCases).add(cases.get(i));
        }
        AtomicInteger nextApp = new AtomicInteger();
        AtomicInteger nextBaseline = new AtomicInteger();
        var runs = Issue4.alternate(
                options,
                meter,
                true,
                "app   POST /api/v1/cases/{id}/screenings",
                i -> {
                    int n = nextApp.getAndIncrement();
                    if (n >= appCases.size()) {
                        throw new IllegalStateException("No case left for the app: raise --screening-cases");
                    }
                    AppSession.Answer answer =
                            officer.post("/api/v1/cases/" + appCases.get(n) + "/screenings", ANSWERS);
                    if (answer.status() != 201) {
                        throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
                    }
                    return true;
                },
                "jdbc  same reads and rows, one transaction",
                i -> {
                    int n = nextBaseline.getAndIncrement();
                    if (n >= baselineCases.size()) {
                        throw new IllegalStateException("No case left for the baseline: raise --screening-cases");
                    }
                    return screen(pool, consular, baselineCases.get(n), written);
                },
                cpu);
        results.addAll(runs);
        lines.add(Issue3.throughputLine(
                "screening (" + cases.size() + " cases, " + written.auditEntries() + " audit entries)",
                runs.get(0),
                runs.get(1),
                0.3));
    }

    private static boolean inApplication(Options options) throws Exception {
        try (JarFile jar = new JarFile(options.applicationJar().toFile())) {
            return jar.getEntry("BOOT-INF/classes/org/openpathways/screening/Screenings.class") != null;
        }
    }

    /**
     * One screening through the API, with the audit entries and event publications it adds counted; returns what the
     * baseline writes in its place (the ciphertexts are copied, so the rows are the same size).
     */
    private static Written firstScreening(HikariDataSource pool, AppSession officer, UUID caseId) throws Exception {
        long audit = Issue4.count(pool, "select coalesce(max(sequence), 0) from audit_entry");
        long publications = Issue4.count(pool, "select count(*) from event_publication");
        AppSession.Answer answer = officer.post("/api/v1/cases/" + caseId + "/screenings", ANSWERS);
        Matcher id = ID.matcher(answer.body());
        Matcher rating = RATING.matcher(answer.body());
        if (answer.status() != 201 || !id.find() || !rating.find()) {
            throw new IllegalStateException(
                    "The first screening answered " + answer.status() + ": " + Issue4.abbreviate(answer.body()));
        }
        // Audit entries are appended at commit, before the answer is sent: those of this case and this screening.
        List<String> actions = new ArrayList<>();
        try (Connection db = pool.getConnection();
                PreparedStatement statement =
                        db.prepareStatement("select action from audit_entry where sequence > ? and record_id in (?, ?)"
                                + " order by sequence")) {
            statement.setLong(1, audit);
            statement.setString(2, caseId.toString());
            statement.setString(3, id.group(1));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        int events = (int) (Issue4.count(pool, "select count(*) from event_publication") - publications);
        String event = "";
        try (Connection db = pool.getConnection();
                PreparedStatement statement = db.prepareStatement(
                        "select serialized_event from event_publication order by publication_date desc limit 1")) {
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    event = rs.getString(1);
                }
            }
        }
        try (Connection db = pool.getConnection();
                PreparedStatement statement =
                        db.prepareStatement("select answers, result, rating from screening_screening where id = ?")) {
            statement.setObject(1, UUID.fromString(id.group(1)));
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The screening " + id.group(1) + " is not in the database");
                }
                return new Written(
                        actions.size(),
                        actions,
                        events,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        event.isEmpty() ? "{\"screening\":\"" + id.group(1) + "\"}" : event);
            }
        }
    }

    /**
     * What the application does for one screening, through plain JDBC: the account's organisation (its own statement,
     * as {@code CaseActors.of} runs it before the transaction), then in one transaction the case's access columns, the
     * case row, its child status, the screening row (ciphertexts of the application's size), the audit entries
     * appended to a hash chain under an advisory lock at the end (as the audit trail appends at commit) and the event
     * publications, into copies of {@code audit_entry} and {@code event_publication}.
     */
    private static boolean screen(HikariDataSource pool, UUID consular, UUID caseId, Written written) throws Exception {
        try (Connection db = pool.getConnection()) {
            try (PreparedStatement statement = db.prepareStatement(ORGANISATION_OF)) {
                statement.setObject(1, consular);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            db.setAutoCommit(false);
            try {
                for (String sql : List.of(CASE_ACCESS, CASE_ROW, CHILD_STATUS)) {
                    try (PreparedStatement statement = db.prepareStatement(sql)) {
                        statement.setObject(1, caseId);
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                Issue3.readAll(rs);
                            }
                        }
                    }
                }
                UUID id = UUID.randomUUID();
                Instant now = Instant.now();
                try (PreparedStatement insert = db.prepareStatement("""
                        insert into screening_screening (id, case_id, application_reference, questionnaire_id,
                         questionnaire_version, answers, result, rating, screened_by, screened_at)
                        values (?, ?, ?, 'first-contact-vulnerability', 1, ?, ?, ?, ?, ?)""")) {
                    insert.setObject(1, id);
                    insert.setObject(2, caseId);
                    insert.setNull(3, java.sql.Types.VARCHAR);
                    insert.setString(4, written.answers());
                    insert.setString(5, written.result());
                    insert.setString(6, written.rating());
                    insert.setObject(7, consular);
                    insert.setObject(8, Timestamp.from(now));
                    insert.executeUpdate();
                }
                for (int p = 0; p < written.publications(); p++) {
                    try (PreparedStatement event = db.prepareStatement("""
                            insert into bench_event_publication (id, listener_id, event_type, serialized_event,
                                                                 publication_date, status, completion_attempts)
                            values (?, 'bench.listener', 'org.openpathways.screening.ScreeningRecorded', ?, ?,
                                    'PUBLISHED', 1)""")) {
                        event.setObject(1, UUID.randomUUID());
                        event.setString(2, written.event());
                        event.setObject(3, Timestamp.from(now));
                        event.executeUpdate();
                    }
                }
                try (Statement lock = db.createStatement()) {
                    lock.execute("select pg_advisory_xact_lock(4712)");
                }
                appendAudit(db, written.auditActions(), caseId, id);
                db.commit();
                return true;
            } catch (Exception e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** As the application's audit trail appends at commit: one select of the chain's end, then one insert each. */
    private static void appendAudit(Connection db, List<String> actions, UUID caseId, UUID screening) throws Exception {
        long sequence = 0;
        String previous = "0".repeat(64);
        try (Statement last = db.createStatement();
                ResultSet rs = last.executeQuery(
                        "select sequence, hash from bench_audit_entry order by sequence desc limit 1")) {
            if (rs.next()) {
                sequence = rs.getLong(1);
                previous = rs.getString(2);
            }
        }
        Instant now = Instant.now();
        String actor = "bench";
        for (String action : actions) {
            sequence++;
            boolean caseRead = action.startsWith("cases.");
            String recordType = caseRead ? "case" : "screening";
            UUID record = caseRead ? caseId : screening;
            String details = caseRead ? "{}" : "{\"case\":\"" + caseId + "\",\"rating\":\"MEDIUM\"}";
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((sequence + "|" + now + "|" + actor + "|" + action + "|" + recordType + "|" + record
                                            + "|screening|" + details + "|" + previous)
                                    .getBytes(StandardCharsets.UTF_8)));
            try (PreparedStatement audit = db.prepareStatement("""
                    insert into bench_audit_entry (sequence, occurred_at, actor, action, record_type, record_id,
                                                   purpose, details, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, 'screening', ?, ?, ?)""")) {
                audit.setLong(1, sequence);
                audit.setObject(2, Timestamp.from(now));
                audit.setString(3, actor);
                audit.setString(4, action);
                audit.setString(5, recordType);
                audit.setString(6, record.toString());
                audit.setString(7, details);
                audit.setString(8, previous);
                audit.setString(9, hash);
                audit.executeUpdate();
            }
            previous = hash;
        }
    }
}
