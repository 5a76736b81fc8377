package org.openpathways.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparisons of issue 4 against a running application on the population of {@link ReferralGenerator}: the
 * provider's referral inbox, and recording a screening (closed-loop runs in alternating slices, as for issues 2 and 3).
 */
final class Issue4 {

    private static final PrintStream out = System.out;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    static final int PAGE_SIZE = 20;
    /** Requests go round robin over the first pages of each filter (fewer when the filter has fewer). */
    static final int PAGES = 5;

    /** What {@code ReferralActors.of} reads for every request, before the inbox's transaction. */
    static final String ORGANISATION_OF =
            "select organisation_id from accounts_account where id = ? and organisation_id is not null";

    /** {@code ReferralRecords.SUMMARY}, as the application's text block compiles it. */
    static final String SUMMARY = """
            select r.id, r.provider_organisation_id, p.name as provider_name, r.service, r.urgency, r.status,
                   r.sent_at, r.due_at, r.override_reason is not null as overridden
              from referrals_referral r join referrals_provider p on p.organisation_id = r.provider_organisation_id
            """;

    static final String ORDER_PAGE = " order by r.due_at, r.id limit :limit offset :offset";

    /** One filter of the inbox: a status, an urgency, either may be absent. */
    record Filter(String status, String urgency) {

        static Filter parse(String text) {
            String[] parts = text.split(":", -1);
            return new Filter(
                    parts[0].isEmpty() ? null : parts[0], parts.length < 2 || parts[1].isEmpty() ? null : parts[1]);
        }

        /** {@code ReferralRecords.inboxFilter}: only the conditions given, as plain equalities. */
        String where() {
            return " where r.provider_organisation_id = :provider"
                    + (status == null ? "" : " and r.status = :status")
                    + (urgency == null ? "" : " and r.urgency = :urgency");
        }

        String query() {
            List<String> parts = new ArrayList<>();
            if (status != null) {
                parts.add("status=" + status);
            }
            if (urgency != null) {
                parts.add("urgency=" + urgency);
            }
            return String.join("&", parts);
        }

        /** The application's named parameters turned into JDBC's, in the order they appear. */
        String inboxSql() {
            return positional(SUMMARY + where() + ORDER_PAGE);
        }

        String countSql() {
            return positional("select count(*) from referrals_referral r" + where());
        }

        int bind(PreparedStatement statement, UUID provider) throws SQLException {
            int i = 1;
            statement.setObject(i++, provider);
            if (status != null) {
                statement.setString(i++, status);
            }
            if (urgency != null) {
                statement.setString(i++, urgency);
            }
            return i;
        }

        private static String positional(String sql) {
            return sql.replaceAll(":[a-z]+", "?");
        }
    }

    private Issue4() {}

    static int run(Options options) throws Exception {
        Set<String> only = Set.of(options.value("only", "inbox,screening").split(","));
        List<Issue3.Line> lines = new ArrayList<>();
        List<LoadRun.Result> results = new ArrayList<>();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.jdbcUrl());
        config.setUsername(options.jdbcUser());
        if (!options.jdbcPassword().isEmpty()) {
            config.setPassword(options.jdbcPassword());
        }
        config.setMaximumPoolSize(options.concurrency());
        config.setMinimumIdle(options.concurrency());
        // As the application's pool: statements outside a transaction commit on their own; a transaction turns
        // auto-commit off and back on, as Spring's DataSourceTransactionManager does.
        config.setAutoCommit(true);
        config.setPoolName("bench-issue4");
        CatalogueHttp.keepConnections(options.concurrency());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            out.printf(
                    Locale.ROOT,
                    "Issue 4: %d referrals, %d providers, %d cases; %d workers, %d s warm-up + %d s measured per run"
                            + " in %d alternating slices%n",
                    count(pool, "select count(*) from referrals_referral"),
                    count(pool, "select count(*) from referrals_provider"),
                    count(pool, "select count(*) from cases_case"),
                    options.concurrency(),
                    options.warmup().toSeconds(),
                    options.duration().toSeconds(),
                    options.rounds());
            CpuMeter meter = new CpuMeter(
                    Long.parseLong(options.value("app-pid", "0")),
                    CpuMeter.parentOf(count(pool, "select pg_backend_pid()")));
            List<String> cpu = new ArrayList<>();
            if (only.contains("inbox")) {
                inbox(options, pool, meter, lines, results, cpu);
            }
            if (only.contains("screening")) {
                try {
                    Screening.run(options, pool, meter, lines, results, cpu);
                } catch (Exception e) {
                    e.printStackTrace();
                    lines.add(new Issue3.Line("screening", "-", "-", Double.NaN, ">= 0.3x", false, e.toString()));
                }
            }
            int failures = Issue3.report("issue 4 target", lines, results);
            printCpu(cpu);
            return failures;
        }
    }

    /** The CPU lines of {@link #alternate}, under their heading; nothing when there are none. */
    static void printCpu(List<String> cpu) {
        if (cpu.isEmpty()) {
            return;
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "%-46s %10s %10s %10s %10s%n",
                "CPU ms per request (measured periods)",
                "app JVM",
                "driver",
                "database",
                "all");
        cpu.forEach(out::println);
    }

    /**
     * {@link Bench#alternate}, with the CPU used by the application, the driver and the database sampled at the start
     * and end of each slice's measured period; adds one line per side to {@code cpu}. With {@code --jit-warmup=S}
     * (seconds, default 30) both sides first run S seconds not counted, so that the comparison is of the application
     * in its steady state rather than of the JIT compiler's progress on a freshly started JVM.
     */
    static List<LoadRun.Result> alternate(
            Options options,
            CpuMeter meter,
            boolean jitWarmup,
            String appName,
            LoadRun.Call app,
            String baselineName,
            LoadRun.Call baseline,
            List<String> cpu)
            throws Exception {
        if (jitWarmup) {
            warmUp(options, "app", Long.parseLong(options.value("app-pid", "0")), app);
            warmUp(options, "baseline", ProcessHandle.current().pid(), baseline);
        }
        Duration slice = options.duration().dividedBy(options.rounds());
        List<LoadRun.Result> apps = new ArrayList<>();
        List<LoadRun.Result> baselines = new ArrayList<>();
        CpuMeter.Sample appCpu = new CpuMeter.Sample(0, 0, 0);
        CpuMeter.Sample baselineCpu = new CpuMeter.Sample(0, 0, 0);
        for (int round = 0; round < options.rounds(); round++) {
            Duration warmup = round == 0
                    ? options.warmup()
                    : Duration.ofSeconds(Math.min(1, options.warmup().toSeconds()));
            var measuring = measure(meter, warmup, slice);
            apps.add(LoadRun.run(appName, Bench.calls(options, app), warmup, slice));
            appCpu = appCpu.plus(measuring.get());
            measuring = measure(meter, warmup, slice);
            baselines.add(LoadRun.run(baselineName, Bench.calls(options, baseline), warmup, slice));
            baselineCpu = baselineCpu.plus(measuring.get());
        }
        LoadRun.Result appResult = LoadRun.Result.merge(apps);
        LoadRun.Result baselineResult = LoadRun.Result.merge(baselines);
        cpu.add(cpuLine(appName, appCpu, appResult.succeeded()));
        cpu.add(cpuLine(baselineName, baselineCpu, baselineResult.succeeded()));
        return List.of(appResult, baselineResult);
    }

    /**
     * Runs the calls, not counted, in periods of 5 s until the JIT compiler threads of the JVM that serves them (the
     * application's, or the driver's own for the baseline) used less than 5% of a core in the last period, and at least
     * 10 s and at most {@code --jit-warmup} seconds (default 180). A freshly started JVM on a loaded machine is still
     * compiling the request path for minutes, and the compiler's CPU and the code not yet compiled would be measured
     * as the application's cost.
     */
    private static void warmUp(Options options, String side, long pid, LoadRun.Call call) throws Exception {
        long most = options.intValue("jit-warmup", 180);
        if (most <= 0) {
            return;
        }
        Duration period = Duration.ofSeconds(5);
        long begin = System.nanoTime();
        double quiet = 0.05 * period.toSeconds();
        double compiler = pid > 0 ? CpuMeter.compilerSeconds(pid) : 0;
        double used = Double.NaN;
        long seconds = 0;
        while (seconds < most) {
            LoadRun.run("warm-up", Bench.calls(options, call), period, Duration.ZERO);
            seconds = (System.nanoTime() - begin) / 1_000_000_000L;
            if (pid <= 0) {
                continue;
            }
            double now = CpuMeter.compilerSeconds(pid);
            used = now - compiler;
            compiler = now;
            if (seconds >= 10 && used < quiet) {
                break;
            }
        }
        out.printf(
                Locale.ROOT,
                "JIT warm-up of the %s: %d s, the compiler threads then used %.2f s of CPU in 5 s%n",
                side,
                seconds,
                used);
    }

    private static String cpuLine(String name, CpuMeter.Sample used, long requests) {
        double per = requests == 0 ? Double.NaN : 1000.0 / requests;
        return String.format(
                Locale.ROOT,
                "%-46s %10.3f %10.3f %10.3f %10.3f",
                name.length() > 46 ? name.substring(0, 46) : name,
                used.app() * per,
                used.driver() * per,
                used.database() * per,
                (used.app() + used.driver() + used.database()) * per);
    }

    /** The CPU used between {@code after} from now and {@code during} later, sampled on a thread of its own. */
    private static java.util.concurrent.Future<CpuMeter.Sample> measure(
            CpuMeter meter, Duration after, Duration during) {
        var task = new java.util.concurrent.FutureTask<>(() -> {
            Thread.sleep(after.toMillis());
            CpuMeter.Sample start = meter.sample();
            Thread.sleep(during.toMillis());
            return meter.sample().minus(start);
        });
        Thread thread = new Thread(task, "cpu-meter");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    // ---- The provider's inbox ----

    private static void inbox(
            Options options,
            HikariDataSource pool,
            CpuMeter meter,
            List<Issue3.Line> lines,
            List<LoadRun.Result> results,
            List<String> cpu)
            throws Exception {
        sameStatements(options.applicationJar());
        UUID provider = uuid(
                pool,
                "select organisation_id from referrals_provider where name = '" + ReferralGenerator.DEMO_PROVIDER_NAME
                        + "'");
        UUID account = uuid(
                pool,
                "select id from accounts_account where organisation_id = '" + provider
                        + "' order by created_at limit 1");
        long own = count(
                pool, "select count(*) from referrals_referral where provider_organisation_id = '" + provider + "'");
        out.printf(Locale.ROOT, "The demo provider (%s) has %d referrals%n", ReferralGenerator.DEMO_PROVIDER_NAME, own);
        AppSession session =
                AppSession.signIn(options.baseUrl(), ReferralGenerator.DEMO_PROVIDER, Generator.DEMO_PASSWORD);
        boolean first = true;
        for (String text : options.value("inbox-filters", "sent:high,accepted:").split(",")) {
            Filter filter = Filter.parse(text);
            long total;
            try (Connection db = pool.getConnection();
                    PreparedStatement count = db.prepareStatement(filter.countSql())) {
                filter.bind(count, provider);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            int pages = (int) Math.max(1, Math.min(PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE));
            explain(pool, filter, provider);
            sameRows(session, pool, filter, provider, account, total, pages);
            var runs = alternate(
                    options,
                    meter,
                    first,
                    "app   GET /api/v1/referrals?" + filter.query(),
                    i -> {
                        AppSession.Answer answer = session.get(path(filter, Math.floorMod(i, pages)));
                        if (answer.status() != 200) {
                            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
                        }
                        return true;
                    },
                    "jdbc  organisation, page, count",
                    i -> inboxPage(pool, filter, provider, account, Math.floorMod(i, pages)) >= 0,
                    cpu);
            first = false;
            results.addAll(runs);
            lines.add(Issue3.throughputLine(
                    "inbox " + filter.query() + " (" + total + " rows, " + pages + " pages)",
                    runs.get(0),
                    runs.get(1),
                    0.5));
        }
    }

    private static String path(Filter filter, int page) {
        return "/api/v1/referrals?" + filter.query() + "&page=" + page + "&size=" + PAGE_SIZE;
    }

    /**
     * What the application runs for one inbox request, through plain JDBC: the account's organisation (its own
     * statement, outside the transaction), then in one read-only transaction the page (every column read) and the count.
     * Returns the rows of the page.
     */
    private static int inboxPage(HikariDataSource pool, Filter filter, UUID provider, UUID account, int page)
            throws SQLException {
        try (Connection db = pool.getConnection()) {
            try (PreparedStatement organisation = db.prepareStatement(ORGANISATION_OF)) {
                organisation.setObject(1, account);
                try (ResultSet rs = organisation.executeQuery()) {
                    if (!rs.next() || !provider.equals(rs.getObject(1, UUID.class))) {
                        throw new IllegalStateException("The demo provider's account is not in its organisation");
                    }
                }
            }
            db.setReadOnly(true);
            db.setAutoCommit(false);
            int rows = 0;
            try {
                try (PreparedStatement statement = db.prepareStatement(filter.inboxSql())) {
                    int next = filter.bind(statement, provider);
                    statement.setInt(next++, PAGE_SIZE);
                    statement.setLong(next, (long) page * PAGE_SIZE);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            Issue3.readAll(rs);
                            rows++;
                        }
                    }
                }
                try (PreparedStatement count = db.prepareStatement(filter.countSql())) {
                    filter.bind(count, provider);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        rs.getLong(1);
                    }
                }
                db.commit();
            } finally {
                db.setAutoCommit(true);
                db.setReadOnly(false);
            }
            return rows;
        }
    }

    /** The API and the statements must give the same referrals, in the same order, and the same total. */
    private static void sameRows(
            AppSession session,
            HikariDataSource pool,
            Filter filter,
            UUID provider,
            UUID account,
            long total,
            int pages)
            throws Exception {
        for (int page = 0; page < pages; page++) {
            AppSession.Answer answer = session.get(path(filter, page));
            Matcher totalItems = TOTAL.matcher(answer.body());
            if (answer.status() != 200 || !totalItems.find() || Long.parseLong(totalItems.group(1)) != total) {
                throw new IllegalStateException("The inbox " + filter.query() + " answered " + answer.status()
                        + " without " + total + " items in all: " + abbreviate(answer.body()));
            }
            List<String> appIds = new ArrayList<>();
            Matcher id = ID.matcher(answer.body());
            while (id.find()) {
                appIds.add(id.group(1));
            }
            List<String> sqlIds = new ArrayList<>();
            try (Connection db = pool.getConnection();
                    PreparedStatement statement = db.prepareStatement(filter.inboxSql())) {
                int next = filter.bind(statement, provider);
                statement.setInt(next++, PAGE_SIZE);
                statement.setLong(next, (long) page * PAGE_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sqlIds.add(rs.getString(1));
                    }
                }
            }
            if (appIds.isEmpty() && total > 0 || !appIds.equals(sqlIds)) {
                throw new IllegalStateException("Page " + page + " of " + filter.query() + ": the API lists " + appIds
                        + ", the statement " + sqlIds);
            }
        }
        if (inboxPage(pool, filter, provider, account, 0) != Math.min(PAGE_SIZE, total)) {
            throw new IllegalStateException("The baseline's first page of " + filter.query() + " is not full");
        }
    }

    /** Prints the plans of the page and count statements, and checks that they read an inbox index in order. */
    private static void explain(HikariDataSource pool, Filter filter, UUID provider) throws SQLException {
        String index = filter.status() != null && filter.urgency() != null
                ? "referrals_inbox_status_urgency"
                : filter.status() != null ? "referrals_inbox_status" : "referrals_inbox";
        for (String sql : List.of(filter.inboxSql(), filter.countSql())) {
            List<String> plan = new ArrayList<>();
            try (Connection db = pool.getConnection();
                    PreparedStatement statement = db.prepareStatement("explain (analyze, buffers) " + sql)) {
                int next = filter.bind(statement, provider);
                if (sql.contains("limit ?")) {
                    statement.setInt(next++, PAGE_SIZE);
                    statement.setLong(next, 0);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            out.println(
                    "plan of " + (sql.contains("limit ?") ? "the page" : "the count") + ", " + filter.query() + ":");
            plan.forEach(line -> out.println("    " + line));
            String text = String.join("\n", plan);
            if (!text.contains(index) || text.contains("Sort") || text.contains("Seq Scan on referrals_referral")) {
                throw new IllegalStateException("The inbox statement does not read " + index + " in order");
            }
        }
    }

    /** The statements above must be the application's: its class file holds the same texts. */
    private static void sameStatements(Path applicationJar) throws IOException {
        String entry = "BOOT-INF/classes/org/openpathways/referrals/persistence/ReferralRecords.class";
        String constants;
        try (JarFile jar = new JarFile(applicationJar.toFile());
                InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String wherePart = " where r.provider_organisation_id = :provider";
        for (String text : List.of(
                SUMMARY,
                ORDER_PAGE,
                wherePart,
                " and r.status = :status",
                " and r.urgency = :urgency",
                "select count(*) from referrals_referral r")) {
            if (!constants.contains(text)) {
                throw new IllegalStateException(
                        "ReferralRecords no longer holds the statement text \"" + text.strip() + "\": update Issue4");
            }
        }
        String actors = "BOOT-INF/classes/org/openpathways/accounts/persistence/StoredAccounts.class";
        try (JarFile jar = new JarFile(applicationJar.toFile());
                InputStream in = jar.getInputStream(jar.getEntry(actors))) {
            if (!new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(ORGANISATION_OF)) {
                throw new IllegalStateException("StoredAccounts.organisationOf changed: update Issue4");
            }
        }
    }

    static long count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static UUID uuid(HikariDataSource pool, String sql) throws SQLException {
        try (Connection db = pool.getConnection();
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return rs.getObject(1, UUID.class);
        }
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
