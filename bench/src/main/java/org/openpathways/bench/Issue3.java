package org.openpathways.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP and SQL comparisons of issue 3 against a running application on a generated population (see
 * {@link Generator}): applicant status by reference, submission, processing-time statistics (closed-loop runs in
 * alternating slices, as for the catalogue) and an extension decree over every generated permit (one timed run each,
 * the hand-written SQL first).
 */
final class Issue3 {

    private static final PrintStream out = System.out;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern EXTENDED = Pattern.compile("\"permitsExtended\"\\s*:\\s*(\\d+)");
    static final String STATS_PATHWAY = "seasonal-agricultural-work";

    private static final String COLUMNS = """
            id, reference, applicant_id, pathway_code, pathway_version, category, status, details, eligibility,
            created_at, changed_at, submitted_at, clock_start, decision_days, day_count, calendar, extension_allowed,
            extension_days, extension_reason, due_on, assigned_to, protected_until_decided, version""";

    /** The statistics statement of {@code DecisionRecords.processingTime}, as the application runs it. */
    static final String PROCESSING_TIME = """
            select count(*) as decided,
                percentile_cont(0.5) within group (order by decided_on - clock_start) as median,
                percentile_cont(0.8) within group (order by decided_on - clock_start) as p80
            from applications_application
            where pathway_code = ? and decided_on is not null""";

    /**
     * What a database administrator would write for the decree: lock and keep the current ends, move them, write one
     * history row per permit. No idempotency check (the application's statement also skips permits already extended
     * by the same decree).
     */
    static final String HAND_WRITTEN_DECREE = """
            with selected as (
                select id, valid_until from permits_permit
                where pathway_code = any(?) and valid_until between ? and ? and revoked_at is null
                for update
            ),
            extended as (
                update permits_permit p
                set valid_until = cast(p.valid_until + interval '1 month' as date), updated_at = ?,
                    version = p.version + 1
                from selected s where p.id = s.id
                returning p.id, s.valid_until as before, p.valid_until as after
            )
            insert into permits_permit_history (permit_id, change, valid_until_before, valid_until_after, reference,
                actor, happened_at)
            select id, 'extended', before, after, 'bench:sql', 'bench', ? from extended""";

    /** The target of a line that is shown for information and fails only on errors. */
    static final String INFORMATION = "no target";

    /** One comparison's line in the table: a ratio of throughputs (or of times) against a target. */
    record Line(String name, String app, String baseline, double ratio, String target, boolean pass, String note) {}

    private Issue3() {}

    static int run(Options options) throws Exception {
        Set<String> only =
                Set.of(options.value("only", "status,submission,stats,decree").split(","));
        List<Line> lines = new ArrayList<>();
        List<LoadRun.Result> results = new ArrayList<>();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.jdbcUrl());
        config.setUsername(options.jdbcUser());
        if (!options.jdbcPassword().isEmpty()) {
            config.setPassword(options.jdbcPassword());
        }
        config.setMaximumPoolSize(options.concurrency());
        config.setMinimumIdle(options.concurrency());
        config.setAutoCommit(false);
        config.setPoolName("bench-issue3");
        CatalogueHttp.keepConnections(options.concurrency());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            long applications = single(pool, "select count(*) from applications_application");
            long permits = single(pool, "select count(*) from permits_permit");
            out.printf(
                    Locale.ROOT,
                    "Issue 3: %d applications, %d permits; %d workers, %d s warm-up + %d s measured per run in %d"
                            + " alternating slices%n",
                    applications,
                    permits,
                    options.concurrency(),
                    options.warmup().toSeconds(),
                    options.duration().toSeconds(),
                    options.rounds());
            AppSession applicant =
                    AppSession.signIn(options.baseUrl(), Generator.DEMO_APPLICANT, Generator.DEMO_PASSWORD);
            UUID demo = demoApplicant(pool);
            CpuMeter meter = new CpuMeter(
                    Long.parseLong(options.value("app-pid", "0")),
                    CpuMeter.parentOf(single(pool, "select pg_backend_pid()")));
            List<String> cpu = new ArrayList<>();
            if (only.contains("status")) {
                status(options, pool, meter, applicant, demo, lines, results, cpu);
            }
            if (only.contains("submission")) {
                submission(options, pool, meter, applicant, demo, lines, results, cpu);
            }
            if (only.contains("stats")) {
                stats(options, pool, lines, results);
            }
            if (only.contains("decree")) {
                decree(options, lines);
            }
            int failures = report(lines, results);
            Issue4.printCpu(cpu);
            return failures;
        }
    }

    // ---- Status by reference ----

    private static void status(
            Options options,
            HikariDataSource pool,
            CpuMeter meter,
            AppSession applicant,
            UUID demo,
            List<Line> lines,
            List<LoadRun.Result> results,
            List<String> cpu)
            throws Exception {
        List<String> references = strings(
                pool,
                "select reference from applications_application where applicant_id = ? and status <> 'draft'"
                        + " order by reference",
                demo);
        if (references.isEmpty()) {
            throw new IllegalStateException("The demo applicant has no submitted application");
        }
        // Both sides read the same row for the same request number.
        var runs = Issue4.alternate(
                options,
                meter,
                true,
                "app   GET /api/v1/applications/{ref}",
                i -> applicant
                                .get("/api/v1/applications/" + references.get(Math.floorMod(i, references.size())))
                                .status()
                        == 200,
                "jdbc  application + steps + requests",
                i -> readApplication(pool, references.get(Math.floorMod(i, references.size()))),
                cpu);
        results.addAll(runs);
        lines.add(throughputLine(
                "status by reference (" + references.size() + " references)", runs.get(0), runs.get(1), 0.5));
        // For information: the same requests answered by the whole application every time. An If-None-Match that
        // names no version makes the kept answers step aside (ADR 0022) and changes nothing else of the answer.
        // Warmed up on its own: the kept answers do not run the security chain and Spring MVC that this path does.
        var whole = Issue4.alternate(
                options,
                meter,
                true,
                "app   GET .../{ref}, whole application",
                i -> applicant
                                .get(
                                        "/api/v1/applications/" + references.get(Math.floorMod(i, references.size())),
                                        Map.of("If-None-Match", "\"no-such-version\""))
                                .status()
                        == 200,
                "jdbc  application + steps + requests",
                i -> readApplication(pool, references.get(Math.floorMod(i, references.size()))),
                cpu);
        results.addAll(whole);
        Line information = throughputLine("status, whole application every time", whole.get(0), whole.get(1), 0.5);
        lines.add(new Line(
                information.name(),
                information.app(),
                information.baseline(),
                information.ratio(),
                INFORMATION,
                whole.get(0).failed() + whole.get(1).failed() == 0,
                information.note()));
    }

    /** The statements the application runs to answer a status request, in one transaction, every column read. */
    private static boolean readApplication(HikariDataSource pool, String reference) throws SQLException {
        try (Connection db = pool.getConnection()) {
            UUID id;
            try (PreparedStatement row =
                    db.prepareStatement("select " + COLUMNS + " from applications_application where reference = ?")) {
                row.setObject(1, reference);
                try (ResultSet rs = row.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    readAll(rs);
                    id = rs.getObject(1, UUID.class);
                }
            }
            for (String sql : List.of(
                    "select code, document_id from applications_document where application_id = ? order by code",
                    "select step, at from applications_step where application_id = ? order by position",
                    "select requested_at, requested_on, question, answered_at, answered_on, answer"
                            + " from applications_information_request where application_id = ? order by requested_at")) {
                try (PreparedStatement statement = db.prepareStatement(sql)) {
                    statement.setObject(1, id);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            readAll(rs);
                        }
                    }
                }
            }
            db.commit();
            return true;
        }
    }

    // ---- Submission ----

    private static void submission(
            Options options,
            HikariDataSource pool,
            CpuMeter meter,
            AppSession applicant,
            UUID demo,
            List<Line> lines,
            List<LoadRun.Result> results,
            List<String> cpu)
            throws Exception {
        List<String> drafts = strings(
                pool,
                "select reference from applications_application where applicant_id = ? and status = 'draft'"
                        + " and pathway_code = '" + Generator.DRAFT_PATHWAY + "' order by reference",
                demo);
        List<String> appDrafts = new ArrayList<>();
        List<String> baselineDrafts = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            (i % 2 == 0 ? appDrafts : baselineDrafts).add(drafts.get(i));
        }
        // The baseline's audit entries and event publications go to copies of the tables (same columns and indexes),
        // so that the application's audit chain stays valid and no event is ever delivered for them.
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement()) {
            statement.execute("create table if not exists bench_audit_entry (like audit_entry including all)");
            statement.execute(
                    "create table if not exists bench_event_publication (like event_publication including all)");
            db.commit();
        }
        AtomicInteger nextApp = new AtomicInteger();
        AtomicInteger nextBaseline = new AtomicInteger();
        // No warm-up of its own: it would use up drafts, and the status runs before it have warmed the shared path.
        var runs = Issue4.alternate(
                options,
                meter,
                false,
                "app   POST .../{ref}/submission",
                i -> {
                    int n = nextApp.getAndIncrement();
                    if (n >= appDrafts.size()) {
                        throw new IllegalStateException("No draft left for the app: raise BENCH_DRAFTS");
                    }
                    AppSession.Answer answer =
                            applicant.post("/api/v1/applications/" + appDrafts.get(n) + "/submission", null);
                    if (answer.status() != 200) {
                        throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
                    }
                    return true;
                },
                "jdbc  same rows, one transaction",
                i -> {
                    int n = nextBaseline.getAndIncrement();
                    if (n >= baselineDrafts.size()) {
                        throw new IllegalStateException("No draft left for the baseline: raise BENCH_DRAFTS");
                    }
                    return submit(pool, baselineDrafts.get(n));
                },
                cpu);
        results.addAll(runs);
        lines.add(throughputLine("submission (" + drafts.size() + " drafts)", runs.get(0), runs.get(1), 0.3));
    }

    /**
     * The rows a submission writes, through plain JDBC in one transaction: the application locked and updated (status,
     * clock, its details written back), a step, an audit entry appended to a hash chain under an advisory lock (as the
     * application's audit trail does) and one event publication.
     */
    private static boolean submit(HikariDataSource pool, String reference) throws Exception {
        try (Connection db = pool.getConnection()) {
            UUID id;
            int version;
            String details;
            try (PreparedStatement row = db.prepareStatement(
                    "select " + COLUMNS + " from applications_application where reference = ? for update")) {
                row.setObject(1, reference);
                try (ResultSet rs = row.executeQuery()) {
                    if (!rs.next()) {
                        db.rollback();
                        return false;
                    }
                    readAll(rs);
                    id = rs.getObject("id", UUID.class);
                    version = rs.getInt("version");
                    details = rs.getString("details");
                }
            }
            Instant now = Instant.now();
            LocalDate today = LocalDate.now();
            try (PreparedStatement update = db.prepareStatement("""
                    update applications_application
                    set status = 'submitted', details = ?, eligibility = 'MET', changed_at = ?, submitted_at = ?,
                        clock_start = ?, decision_days = 5, day_count = 'working', calendar = null,
                        extension_allowed = 0, due_on = ?, version = version + 1
                    where id = ? and version = ?""")) {
                update.setObject(1, details);
                update.setObject(2, Timestamp.from(now));
                update.setObject(3, Timestamp.from(now));
                update.setObject(4, today);
                update.setObject(5, today.plusDays(7));
                update.setObject(6, id);
                update.setObject(7, version);
                if (update.executeUpdate() != 1) {
                    db.rollback();
                    return false;
                }
            }
            try (PreparedStatement step = db.prepareStatement("""
                    insert into applications_step (application_id, position, step, at)
                    values (?, (select coalesce(max(position), 0) + 1 from applications_step where application_id = ?),
                            'received', ?)""")) {
                step.setObject(1, id);
                step.setObject(2, id);
                step.setObject(3, Timestamp.from(now));
                step.executeUpdate();
            }
            try (Statement lock = db.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(4711)");
            }
            long sequence = 1;
            String previous = "0".repeat(64);
            try (Statement last = db.createStatement();
                    ResultSet rs = last.executeQuery(
                            "select sequence, hash from bench_audit_entry order by sequence desc limit 1")) {
                if (rs.next()) {
                    sequence = rs.getLong(1) + 1;
                    previous = rs.getString(2);
                }
            }
            String actor = "bench";
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((sequence + "|" + now + "|" + actor + "|applications.submitted|application|"
                                            + reference + "|self-service|{}|" + previous)
                                    .getBytes(StandardCharsets.UTF_8)));
            try (PreparedStatement audit = db.prepareStatement("""
                    insert into bench_audit_entry (sequence, occurred_at, actor, action, record_type, record_id, purpose,
                                                   details, previous_hash, hash)
                    values (?, ?, ?, 'applications.submitted', 'application', ?, 'self-service', '{}', ?, ?)""")) {
                audit.setObject(1, sequence);
                audit.setObject(2, Timestamp.from(now));
                audit.setObject(3, actor);
                audit.setObject(4, reference);
                audit.setObject(5, previous);
                audit.setObject(6, hash);
                audit.executeUpdate();
            }
            try (PreparedStatement event = db.prepareStatement("""
                    insert into bench_event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                         status, completion_attempts)
                    values (?, 'bench.listener', 'org.openpathways.applications.ApplicationSubmitted', ?, ?,
                            'PUBLISHED', 1)""")) {
                event.setObject(1, UUID.randomUUID());
                event.setObject(2, "{\"reference\":\"" + reference + "\",\"dueOn\":\"" + today.plusDays(7) + "\"}");
                event.setObject(3, Timestamp.from(now));
                event.executeUpdate();
            }
            db.commit();
            return true;
        }
    }

    // ---- Processing-time statistics ----

    private static void stats(Options options, HikariDataSource pool, List<Line> lines, List<LoadRun.Result> results)
            throws Exception {
        long decided;
        try (Connection db = pool.getConnection();
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from applications_application where pathway_code = ? and decided_on is not null")) {
            count.setObject(1, STATS_PATHWAY);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                decided = rs.getLong(1);
            }
            db.commit();
        }
        var http = new CatalogueHttp(options.baseUrl(), false, false);
        int workers = options.intValue("stats-concurrency", 2);
        Options statsOptions = withConcurrency(options, workers);
        var runs = Bench.alternate(
                statsOptions,
                () -> {},
                "app   GET .../{code}/processing-time",
                i -> {
                    http.get("/api/v1/pathways/" + STATS_PATHWAY + "/processing-time");
                    return true;
                },
                "jdbc  percentile_cont statement",
                i -> {
                    try (Connection db = pool.getConnection();
                            PreparedStatement statement = db.prepareStatement(PROCESSING_TIME)) {
                        statement.setObject(1, STATS_PATHWAY);
                        try (ResultSet rs = statement.executeQuery()) {
                            boolean found = rs.next() && rs.getLong(1) > 0;
                            db.commit();
                            return found;
                        }
                    }
                });
        results.addAll(runs);
        lines.add(throughputLine(
                "processing time (" + decided + " decided, " + workers + " workers)", runs.get(0), runs.get(1), 0.5));
    }

    // ---- Extension decree ----

    private static void decree(Options options, List<Line> lines) throws Exception {
        String token = options.value("scrape-token", "");
        List<String> types;
        try (Connection db = DriverManager.getConnection(
                options.jdbcUrl(), options.jdbcUser(), Generator.emptyToNull(options.jdbcPassword()))) {
            types = new ArrayList<>();
            try (Statement statement = db.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "select distinct pathway_code from permits_permit order by pathway_code")) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            LocalDate from = Generator.PERMITS_END_FROM;
            LocalDate to = from.plusDays(Generator.PERMITS_END_DAYS - 1);
            maintain(db, "vacuum analyze permits_permit", "vacuum analyze permits_permit_history", "checkpoint");
            // The same read before each: a count of the selection, so that both start with the same pages cached.
            count(db, types, from, to);
            long begin = System.nanoTime();
            int sqlRows;
            db.setAutoCommit(false);
            try (PreparedStatement statement = db.prepareStatement(HAND_WRITTEN_DECREE)) {
                statement.setArray(1, db.createArrayOf("text", types.toArray()));
                statement.setObject(2, from);
                statement.setObject(3, to);
                Timestamp at = Timestamp.from(Instant.now());
                statement.setObject(4, at);
                statement.setObject(5, at);
                sqlRows = statement.executeUpdate();
            }
            db.commit();
            double sqlSeconds = Generator.seconds(begin);
            db.setAutoCommit(true);
            Generator.log(String.format(Locale.ROOT, "hand-written SQL: %d permits in %.1f s", sqlRows, sqlSeconds));
            // The application's decree starts from the same history table: the baseline's rows go again.
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("delete from permits_permit_history where reference = 'bench:sql'");
            }
            maintain(db, "vacuum analyze permits_permit", "vacuum analyze permits_permit_history", "checkpoint");

            // Every permit's end moved a month later; the decree's window covers the new ends.
            LocalDate appTo = to.plusMonths(1);
            AppSession author = AppSession.signIn(options.baseUrl(), "supervisor@example.org", Generator.DEMO_PASSWORD);
            AppSession executor = AppSession.signIn(options.baseUrl(), "reviewer@example.org", Generator.DEMO_PASSWORD);
            String body = String.format(
                    Locale.ROOT,
                    "{\"title\":\"Benchmark extension\",\"legalBasis\":\"Decree 3 of the benchmark\","
                            + "\"permitTypes\":[%s],\"expiringFrom\":\"%s\",\"expiringTo\":\"%s\","
                            + "\"extensionMonths\":1,\"extensionDays\":0}",
                    String.join(",", types.stream().map(t -> "\"" + t + "\"").toList()),
                    from,
                    appTo);
            AppSession.Answer created = author.post("/api/v1/decrees", body);
            Matcher id = ID.matcher(created.body());
            if (created.status() != 201 || !id.find()) {
                throw new IllegalStateException(
                        "Creating the decree answered " + created.status() + ": " + created.body());
            }
            String path = "/api/v1/decrees/" + id.group(1);
            count(db, types, from, appTo);
            HeapSampler heap = new HeapSampler(options.baseUrl(), token);
            long before = heap.sample();
            heap.start();
            begin = System.nanoTime();
            AppSession.Answer executed = executor.post(path + "/execution", null);
            double appSeconds = Generator.seconds(begin);
            heap.stop();
            long after = heap.sample();
            Matcher extended = EXTENDED.matcher(executed.body());
            if (executed.status() != 200 || !extended.find()) {
                throw new IllegalStateException(
                        "Executing the decree answered " + executed.status() + ": " + executed.body());
            }
            long appRows = Long.parseLong(extended.group(1));
            Generator.log(String.format(Locale.ROOT, "application: %d permits in %.1f s", appRows, appSeconds));
            double ratio = appSeconds / sqlSeconds;
            String memory = token.isEmpty()
                    ? "heap not sampled (no scrape token)"
                    : String.format(
                            Locale.ROOT,
                            "heap used before %d MB, highest during %d MB (%d samples), after %d MB",
                            before >> 20,
                            heap.highest() >> 20,
                            heap.samples(),
                            after >> 20);
            lines.add(new Line(
                    "extension decree (" + appRows + " permits)",
                    String.format(Locale.ROOT, "%.1f s", appSeconds),
                    String.format(Locale.ROOT, "%.1f s (%d rows)", sqlSeconds, sqlRows),
                    ratio,
                    "time <= 2.0x",
                    ratio <= 2.0 && appRows == sqlRows,
                    memory));
        }
    }

    private static void count(Connection db, List<String> types, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select count(*) from permits_permit"
                + " where pathway_code = any(?) and valid_until between ? and ? and revoked_at is null")) {
            statement.setArray(1, db.createArrayOf("text", types.toArray()));
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
            }
        }
    }

    private static void maintain(Connection db, String... statements) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        db.setAutoCommit(auto);
    }

    /**
     * Samples the application's heap in use (the sum of {@code jvm_memory_used_bytes} over the heap's pools) every
     * 200 ms through {@code /actuator/prometheus} with the scrape token.
     */
    static final class HeapSampler {

        private static final Pattern HEAP = Pattern.compile(
                "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+-]+)", Pattern.MULTILINE);

        private final String baseUrl;
        private final String token;
        private final AtomicLong highest = new AtomicLong();
        private final AtomicInteger samples = new AtomicInteger();
        private volatile boolean running;
        private Thread thread;

        HeapSampler(String baseUrl, String token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        long sample() {
            if (token.isEmpty()) {
                return 0;
            }
            try {
                var connection = (HttpURLConnection)
                        URI.create(baseUrl + "/actuator/prometheus").toURL().openConnection();
                connection.setRequestProperty("Authorization", "Bearer " + token);
                try (InputStream in = connection.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher matcher = HEAP.matcher(text);
                    double sum = 0;
                    while (matcher.find()) {
                        sum += Double.parseDouble(matcher.group(1));
                    }
                    return (long) sum;
                }
            } catch (IOException e) {
                return 0;
            }
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    long used = sample();
                    samples.incrementAndGet();
                    highest.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long highest() {
            return highest.get();
        }

        int samples() {
            return samples.get();
        }
    }

    // ---- Helpers and the table ----

    static Line throughputLine(String name, LoadRun.Result app, LoadRun.Result baseline, double target) {
        double ratio = app.throughput() / baseline.throughput();
        boolean pass = ratio >= target && app.failed() == 0 && baseline.failed() == 0;
        return new Line(
                name,
                String.format(Locale.ROOT, "%.1f req/s", app.throughput()),
                String.format(Locale.ROOT, "%.1f req/s", baseline.throughput()),
                ratio,
                String.format(Locale.ROOT, ">= %.1fx", target),
                pass,
                app.failed() + baseline.failed() > 0
                        ? "errors: " + app.failed() + " app, " + baseline.failed() + " baseline"
                        : "");
    }

    private static int report(List<Line> lines, List<LoadRun.Result> results) {
        return report("issue 3 target", lines, results);
    }

    /** Prints the runs, then one line per target under the heading {@code title}; returns how many were missed. */
    static int report(String title, List<Line> lines, List<LoadRun.Result> results) {
        if (!results.isEmpty()) {
            Report.throughput(out, results, false);
        }
        out.println();
        out.printf(Locale.ROOT, "%-46s %14s %20s %8s  %s%n", title, "app", "baseline", "ratio", "result");
        int failures = 0;
        for (Line line : lines) {
            if (!line.pass()) {
                failures++;
            }
            out.printf(
                    Locale.ROOT,
                    "%-46s %14s %20s %7.2fx  %s (%s)%s%n",
                    line.name(),
                    line.app(),
                    line.baseline(),
                    line.ratio(),
                    line.pass() ? (INFORMATION.equals(line.target()) ? "INFO" : "PASS") : "FAIL",
                    line.target(),
                    line.note().isEmpty() ? "" : "; " + line.note());
        }
        return failures;
    }

    private static Options withConcurrency(Options options, int concurrency) {
        return new Options(
                options.command(),
                options.baseUrl(),
                options.jdbcUrl(),
                options.jdbcUser(),
                options.jdbcPassword(),
                options.applicationJar(),
                concurrency,
                options.warmup(),
                options.duration(),
                options.rounds(),
                options.gzip(),
                options.httpClient(),
                options.pages(),
                options.values());
    }

    private static UUID demoApplicant(HikariDataSource pool) throws SQLException {
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select applicant_id from applications_application"
                        + " where status = 'draft' and pathway_code = '" + Generator.DRAFT_PATHWAY + "'"
                        + " group by applicant_id order by count(*) desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("No generated drafts: run the generator first");
            }
            UUID id = rs.getObject(1, UUID.class);
            db.commit();
            return id;
        }
    }

    private static List<String> strings(HikariDataSource pool, String sql, Object parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = pool.getConnection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            db.commit();
        }
        return values;
    }

    static long single(HikariDataSource pool, String sql) throws SQLException {
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            long value = rs.getLong(1);
            db.commit();
            return value;
        }
    }

    private static volatile long sink;

    static void readAll(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        for (int c = 1; c <= columns; c++) {
            Object value = rs.getObject(c);
            sink += value == null ? 0 : value.hashCode();
        }
    }
}
