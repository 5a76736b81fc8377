package org.openpathways.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The population of issue 3: applications across pathways and states, and permits, in the application's own database.
 *
 * <p>What an applicant writes is one encrypted column (AES-GCM, associated data the table and column, not the row), so
 * the generator makes one real application through the API (the demo applicant signs in, starts a draft of
 * {@code temporary-protection}, saves complete details and submits it) and copies its ciphertext into every generated
 * row; permits copy the holder name of a demonstration permit. References and permit numbers are computed here in the
 * application's formats (check symbols included), unique by construction (an index multiplied by a number prime to the
 * size of the space), and the rows go in with {@code COPY}. Steps and history rows follow with {@code insert ...
 * select}. Then {@code analyze}.
 *
 * <p>The demo applicant owns the {@code --drafts} first rows (complete drafts of {@code temporary-protection}, for the
 * submission benchmark) and the {@code --own} next ones (submitted or later, for the status benchmark); every other row
 * belongs to one of a third as many made-up applicants.
 */
final class Generator {

    static final String DEMO_APPLICANT = "applicant@example.org";
    static final String DEMO_PASSWORD = "pathways-demo-2026";
    static final String DRAFT_PATHWAY = "temporary-protection";
    /** The permits' ends are spread over this year; the decree benchmark selects the window. */
    static final LocalDate PERMITS_END_FROM = LocalDate.of(2027, 1, 1);

    static final int PERMITS_END_DAYS = 365;
    static final String PERMIT_REFERENCE_PREFIX = "BENCH-";

    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRTVWXYZ";
    private static final String PERMIT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String[] NATIONALITIES = {"SDN", "SYR", "UKR", "AFG", "MAR", "SEN", "PHL", "IND", "NGA", "VNM"
    };
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    /** The states of generated applications and their shares (per thousand) outside the demo applicant's rows. */
    private static final String[] STATES = {
        "draft",
        "submitted",
        "screening",
        "assessment",
        "information-requested",
        "recommended",
        "approved",
        "refused",
        "appealed",
        "withdrawn"
    };

    private static final int[] STATE_SHARES = {50, 50, 30, 50, 20, 20, 550, 180, 20, 30};

    /** Shares (per thousand) of the eight demonstration pathways, the largest first. */
    private static final String[] PATHWAYS = {
        "seasonal-agricultural-work",
        "temporary-protection",
        "family-reunification",
        "skilled-work-single-permit",
        "study",
        "regional-free-movement",
        "humanitarian-disaster-visa",
        "regularization-programme-2026"
    };

    private static final int[] PATHWAY_SHARES = {350, 200, 100, 100, 100, 50, 50, 50};

    private Generator() {}

    record Pathway(String code, int version, String category, int decisionDays, String dayCount, int validityMonths) {}

    static int run(Options options) throws Exception {
        int applications = options.intValue("applications", 1_000_000);
        int permits = options.intValue("permits", 1_000_000);
        int drafts = options.intValue("drafts", 60_000);
        int own = options.intValue("own", 20_000);
        if (drafts + own > applications) {
            throw new IllegalArgumentException("--drafts plus --own exceed --applications");
        }
        long begin = System.nanoTime();
        try (Connection db = DriverManager.getConnection(
                options.jdbcUrl(), options.jdbcUser(), emptyToNull(options.jdbcPassword()))) {
            String source = realApplication(options.baseUrl());
            log("one real application through the API: " + source);
            Template template = template(db, source);
            List<Pathway> pathways = pathways(db);
            secondSupervisor(db);
            copyApplications(db, template, pathways, applications, drafts, own);
            log(String.format(Locale.ROOT, "%d applications after %.0f s", applications, seconds(begin)));
            copyPermits(db, pathways, permits);
            log(String.format(Locale.ROOT, "%d permits after %.0f s", permits, seconds(begin)));
            try (Statement statement = db.createStatement()) {
                statement.execute("analyze");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Generated %d applications (%d drafts and %d others of the demo applicant) and %d permits in %.0f s%n",
                applications,
                drafts,
                own,
                permits,
                seconds(begin));
        return 0;
    }

    /** Signs in as the demo applicant, starts, completes and submits an application; returns its reference. */
    private static String realApplication(String baseUrl) throws IOException {
        AppSession applicant = AppSession.signIn(baseUrl, DEMO_APPLICANT, DEMO_PASSWORD);
        AppSession.Answer started = applicant.post("/api/v1/applications", "{\"pathway\":\"" + DRAFT_PATHWAY + "\"}");
        Matcher reference = REFERENCE.matcher(started.body());
        if (started.status() != 201 || !reference.find()) {
            throw new IllegalStateException("Starting a draft answered " + started.status() + ": " + started.body());
        }
        String path = "/api/v1/applications/" + reference.group(1);
        AppSession.Answer saved = applicant.put(path, completeDetails(), started.etag());
        if (saved.status() != 200) {
            throw new IllegalStateException("Saving the draft answered " + saved.status() + ": " + saved.body());
        }
        AppSession.Answer submitted = applicant.post(path + "/submission", null);
        if (submitted.status() != 200) {
            throw new IllegalStateException("Submitting answered " + submitted.status() + ": " + submitted.body());
        }
        return reference.group(1);
    }

    /** Complete details for {@value #DRAFT_PATHWAY}: no document, no fee, the facts its rules ask for. */
    static String completeDetails() {
        return """
                {"applicant":{"fullName":"Amina Haddad","birthDate":"1991-03-14","sex":"FEMALE","nationality":"SD",
                "countryOfResidence":"SD","leftAreaOn":"2024-02-10"},"children":[],"documents":{},"fee":{},
                "combinedWork":false}""";
    }

    /** What the generated rows copy from the real application. */
    record Template(UUID applicant, String details, String calendar, String eligibility) {}

    private static Template template(Connection db, String reference) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(
                "select applicant_id, details, calendar, eligibility from applications_application where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No application " + reference + " in the database");
                }
                return new Template(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4));
            }
        }
    }

    private static List<Pathway> pathways(Connection db) throws SQLException {
        List<Pathway> found = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select p.code, v.version, v.category, v.decision_days, v.decision_day_count,
                               v.permit_validity_months
                        from pathways_pathway p join pathways_version v
                          on v.pathway_id = p.id and v.version = p.published_version
                        where p.status = 'published'""")) {
            while (rows.next()) {
                found.add(new Pathway(
                        rows.getString(1),
                        rows.getInt(2),
                        rows.getString(3),
                        rows.getInt(4),
                        rows.getString(5),
                        rows.getInt(6)));
            }
        }
        List<Pathway> ordered = new ArrayList<>();
        for (String code : PATHWAYS) {
            ordered.add(found.stream()
                    .filter(pathway -> pathway.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Pathway " + code + " is not published")));
        }
        return ordered;
    }

    /**
     * Decrees need two supervisors (the author cannot execute). Demo mode has one; the demo reviewer gets the
     * supervisor's role as well (roles are read at sign-in).
     */
    private static void secondSupervisor(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into accounts_account_role (account_id, role)
                    select account_id, 'SUPERVISOR' from accounts_account_role where role = 'REVIEWER'
                    on conflict do nothing""");
        }
    }

    private static void copyApplications(
            Connection db, Template template, List<Pathway> pathways, int count, int drafts, int own)
            throws SQLException {
        Set<String> existing = new HashSet<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select reference from applications_application")) {
            while (rows.next()) {
                existing.add(rows.getString(1));
            }
        }
        Pathway draftPathway = pathways.get(1);
        SplittableRandom random = new SplittableRandom(42);
        UUID[] applicants = new UUID[Math.max(1, count / 3)];
        for (int i = 0; i < applicants.length; i++) {
            applicants[i] = new UUID(random.nextLong(), random.nextLong());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CopyIn copy =
                ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn("""
                        copy applications_application (id, reference, applicant_id, pathway_code, pathway_version,
                          category, status, details, eligibility, created_at, changed_at, submitted_at, clock_start,
                          decision_days, day_count, calendar, due_on, decided_at, decided_on, version)
                        from stdin""");
        StringBuilder batch = new StringBuilder(1 << 20);
        long sequence = 0;
        for (int i = 0; i < count; i++) {
            String reference;
            do {
                reference = applicationReference(sequence++);
            } while (existing.contains(reference));
            boolean draft = i < drafts;
            String status = draft ? "draft" : i < drafts + own ? nonDraft(random) : pick(random, STATES, STATE_SHARES);
            Pathway pathway = draft ? draftPathway : pathways.get(index(random, PATHWAY_SHARES));
            UUID applicant = i < drafts + own ? template.applicant() : applicants[random.nextInt(applicants.length)];
            Instant created = now.minus(1 + random.nextInt(730), ChronoUnit.DAYS);
            Instant submitted = created.plus(1, ChronoUnit.DAYS);
            LocalDate clockStart = LocalDate.ofInstant(submitted, ZoneOffset.UTC);
            boolean decided = status.equals("approved") || status.equals("refused") || status.equals("appealed");
            LocalDate decidedOn = decided ? clockStart.plusDays(5 + random.nextInt(116)) : null;
            boolean isDraft = status.equals("draft");
            batch.append(new UUID(random.nextLong(), random.nextLong()))
                    .append('\t')
                    .append(reference)
                    .append('\t')
                    .append(applicant)
                    .append('\t')
                    .append(pathway.code())
                    .append('\t')
                    .append(pathway.version())
                    .append('\t')
                    .append(pathway.category())
                    .append('\t')
                    .append(status)
                    .append('\t')
                    .append(escape(template.details()))
                    .append('\t')
                    .append(isDraft ? "\\N" : template.eligibility())
                    .append('\t')
                    .append(created)
                    .append('\t')
                    .append(decided ? decidedOn.atStartOfDay().toInstant(ZoneOffset.UTC) : created)
                    .append('\t')
                    .append(isDraft ? "\\N" : submitted.toString())
                    .append('\t')
                    .append(isDraft ? "\\N" : clockStart.toString())
                    .append('\t')
                    .append(isDraft ? "\\N" : Integer.toString(pathway.decisionDays()))
                    .append('\t')
                    .append(isDraft ? "\\N" : pathway.dayCount())
                    .append('\t')
                    .append(isDraft || template.calendar() == null ? "\\N" : escape(template.calendar()))
                    .append('\t')
                    .append(
                            isDraft
                                    ? "\\N"
                                    : clockStart
                                            .plusDays(pathway.decisionDays() * 7L / 5)
                                            .toString())
                    .append('\t')
                    .append(decided ? decidedOn.atStartOfDay().toInstant(ZoneOffset.UTC) : "\\N")
                    .append('\t')
                    .append(decided ? decidedOn.toString() : "\\N")
                    .append('\t')
                    .append(isDraft ? '0' : '1')
                    .append('\n');
            if (batch.length() > (1 << 20) - 4096) {
                write(copy, batch);
            }
        }
        write(copy, batch);
        copy.endCopy();
        try (Statement statement = db.createStatement()) {
            // One "received" step for every submitted application, and a "decision" step for the decided ones.
            statement.executeUpdate("""
                    insert into applications_step (application_id, position, step, at)
                    select a.id, 1, 'received', a.submitted_at from applications_application a
                    where a.status <> 'draft'
                      and not exists (select 1 from applications_step s where s.application_id = a.id)""");
            statement.executeUpdate("""
                    insert into applications_step (application_id, position, step, at)
                    select a.id, 2, 'decision', a.decided_at from applications_application a
                    where a.decided_at is not null
                      and not exists (select 1 from applications_step s where s.application_id = a.id
                                      and s.position = 2)""");
        }
    }

    private static void copyPermits(Connection db, List<Pathway> pathways, int count) throws SQLException {
        String holderName;
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("select holder_name from permits_permit limit 1")) {
            if (!row.next()) {
                throw new IllegalStateException("No demonstration permit to copy a holder's name from");
            }
            holderName = row.getString(1);
        }
        SplittableRandom random = new SplittableRandom(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CopyIn copy =
                ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn("""
                        copy permits_permit (id, number, application_reference, holder_id, holder_name,
                          holder_nationality, pathway_code, pathway_version, valid_from, valid_until, work_allowed,
                          work_tie, employer_change, renewable, issued_at, updated_at, version)
                        from stdin""");
        StringBuilder batch = new StringBuilder(1 << 20);
        for (int i = 0; i < count; i++) {
            Pathway pathway = pathways.get(index(random, PATHWAY_SHARES));
            LocalDate until = PERMITS_END_FROM.plusDays(random.nextInt(PERMITS_END_DAYS));
            LocalDate from = until.minusMonths(Math.max(1, pathway.validityMonths()));
            batch.append(new UUID(random.nextLong(), random.nextLong()))
                    .append('\t')
                    .append(permitNumber(i))
                    .append('\t')
                    .append(PERMIT_REFERENCE_PREFIX)
                    .append(i)
                    .append('\t')
                    .append(new UUID(random.nextLong(), random.nextLong()))
                    .append('\t')
                    .append(escape(holderName))
                    .append('\t')
                    .append(NATIONALITIES[random.nextInt(NATIONALITIES.length)])
                    .append('\t')
                    .append(pathway.code())
                    .append('\t')
                    .append(pathway.version())
                    .append('\t')
                    .append(from)
                    .append('\t')
                    .append(until)
                    .append("\ttrue\tnone\tallowed\ttrue\t")
                    .append(now)
                    .append('\t')
                    .append(now)
                    .append("\t0\n");
            if (batch.length() > (1 << 20) - 4096) {
                write(copy, batch);
            }
        }
        write(copy, batch);
        copy.endCopy();
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into permits_permit_history (permit_id, change, valid_until_after, reference, actor,
                      happened_at)
                    select id, 'issued', valid_until, application_reference, 'bench-generator', issued_at
                    from permits_permit where application_reference like '%s%%'""".formatted(PERMIT_REFERENCE_PREFIX));
        }
    }

    /** The {@code i}-th reference of a fixed pseudo-random sequence without repeats, in the application's format. */
    static String applicationReference(long i) {
        long space = pow(29, 8);
        // 1_000_003 is prime and not 29, so multiplying by it modulo 29^8 is a bijection.
        long value = Math.floorMod(i * 1_000_003L + 123_456_789L, space);
        char[] symbols = new char[8];
        int sum = 0;
        for (int k = 7; k >= 0; k--) {
            symbols[k] = REFERENCE_ALPHABET.charAt((int) (value % 29));
            value /= 29;
        }
        for (int k = 0; k < 8; k++) {
            sum += (k + 1) * REFERENCE_ALPHABET.indexOf(symbols[k]);
        }
        char check = REFERENCE_ALPHABET.charAt(sum % 29);
        String s = new String(symbols);
        return "A-" + s.substring(0, 4) + "-" + s.substring(4) + "-" + check;
    }

    /** The {@code i}-th permit number of a pseudo-random sequence without repeats, with its Damm check character. */
    static String permitNumber(long i) {
        // An odd multiplier is a bijection modulo 2^55.
        long value = (i * 0x9E3779B97F4A7C15L + 0x1234567L) & ((1L << 55) - 1);
        char[] number = new char[12];
        int state = 0;
        for (int k = 0; k < 11; k++) {
            int symbol = (int) ((value >>> (5 * (10 - k))) & 31);
            number[k] = PERMIT_ALPHABET.charAt(symbol);
            state = timesTwo(state) ^ symbol;
        }
        number[11] = PERMIT_ALPHABET.charAt(timesTwo(state));
        return new String(number);
    }

    private static int timesTwo(int element) {
        int shifted = element << 1;
        return (shifted & 0x20) != 0 ? shifted ^ 0x25 : shifted;
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private static String nonDraft(SplittableRandom random) {
        String state;
        do {
            state = pick(random, STATES, STATE_SHARES);
        } while (state.equals("draft"));
        return state;
    }

    private static String pick(SplittableRandom random, String[] values, int[] shares) {
        return values[index(random, shares)];
    }

    static int index(SplittableRandom random, int[] shares) {
        int draw = random.nextInt(1000);
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String message) {
        System.err.printf(Locale.ROOT, "[generator] %s%n", message);
    }
}
