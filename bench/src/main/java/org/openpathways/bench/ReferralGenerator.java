package org.openpathways.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The population of issue 4: protection cases, consents and referrals in the application's own database, for the
 * provider's inbox benchmark (and cases for the screening benchmark).
 *
 * <p>Providers: the three demonstration providers ({@code DemoReferrals}) and {@code --providers} made-up ones
 * (organisations of kind {@code SERVICE_PROVIDER} with a directory entry). Each demonstration provider receives 10% of
 * the referrals, the made-up ones share the other 70% evenly, so the signed-in demo provider (Safe Haven Shelter) sees a
 * tenth of them.
 *
 * <p>Cases belong to the three referring demonstration organisations (consulate, migration authority, child protection
 * service) and copy the encrypted identity of one of two real cases the generator opens through the API as the demo
 * consular officer, an adult's or (for the 12% of children's cases) a 15-year-old's (AES-GCM, associated data {@code
 * cases_case.identity}, not the row). Each case has one to four referrals, sent within days of its opening. A case is
 * recent (opened in the last month) with a probability of 10%: its referrals are open, 40% {@code sent} and 60% {@code
 * accepted}, sent at most one and a half response times ago, so that about a third of the sent ones are overdue. Older
 * cases (opened over the last two years) have answered referrals: 77% closed after delivery, 13% delivered, 8%
 * declined (with a reason), 2% revoked (consent withdrawn). Urgencies: 5% immediate, 20% high, 45% medium, 30% low; due
 * time the sending time plus the default response time of the urgency (1 h, 3 h, 1 day, 3 days).
 *
 * <p>Two in a hundred referrals are sent on a supervisor's override (its reason copied from the demonstration
 * override); every other one has its own consent row (the person's, or a guardian's for children, with the guardian's
 * name copied from the demonstration consent), for the categories it shares, valid six months. Encrypted texts (note,
 * override reason, decline reason, delivery note, guardian's name) copy ciphertexts of the demonstration rows of the same
 * column. Everything goes in with {@code COPY} into the tables with all their indexes and foreign keys, then {@code
 * vacuum analyze} (so that counts can read the inbox indexes alone, as they would on a database in service).
 */
final class ReferralGenerator {

    static final String DEMO_PROVIDER = "service-provider@example.org";
    static final String DEMO_PROVIDER_NAME = "Safe Haven Shelter";
    static final String CONSULAR = "consular@example.org";
    static final String MADE_UP_PROVIDER_PREFIX = "Bench provider ";

    private static final String[] SERVICES = {
        "health",
        "psychosocial",
        "legal-aid",
        "shelter",
        "family-tracing",
        "anti-trafficking",
        "child-protection",
        "gender-based-violence"
    };
    private static final String[] URGENCIES = {"immediate", "high", "medium", "low"};
    private static final int[] URGENCY_SHARES = {50, 200, 450, 300};
    private static final Duration[] RESPONSE_TIMES = {
        Duration.ofHours(1), Duration.ofHours(3), Duration.ofDays(1), Duration.ofDays(3)
    };
    private static final String[] CLOSED_STATES = {"closed", "delivered", "declined", "revoked"};
    private static final int[] CLOSED_SHARES = {770, 130, 80, 20};
    private static final String[] OPTIONAL_CATEGORIES = {"contact", "languages", "needs"};
    private static final String[] CONTACT_POINTS = {"BORDER", "CONSULATE", "APPLICATION"};

    private ReferralGenerator() {}

    /** A provider and the services it offers. */
    record Provider(UUID organisation, String[] services) {}

    /** A referring organisation, one of its staff, and a supervisor for overrides. */
    record Referrer(UUID organisation, UUID account) {}

    /** Ciphertexts copied from demonstration rows. */
    record Texts(
            String identity,
            String childIdentity,
            String note,
            String overrideReason,
            String declineReason,
            String deliveryNote,
            String guardianName) {}

    static int run(Options options) throws Exception {
        int referrals = options.intValue("referrals", 1_000_000);
        int extraProviders = options.intValue("providers", 17);
        long begin = System.nanoTime();
        try (Connection db = connect(options)) {
            Texts texts = texts(db, realCase(options.baseUrl(), false), realCase(options.baseUrl(), true));
            List<Provider> providers = providers(db, extraProviders);
            List<Referrer> referrers = referrers(db);
            UUID supervisor = single(db, """
                    select a.id from accounts_account a join accounts_account_role r on r.account_id = a.id
                    where r.role = 'SUPERVISOR' order by a.created_at limit 1""");
            int[] counts = copyAll(options, db, texts, providers, referrers, supervisor, referrals);
            Generator.log(String.format(Locale.ROOT, "copied after %.0f s; vacuum analyze", Generator.seconds(begin)));
            try (Statement statement = db.createStatement()) {
                statement.execute(
                        "vacuum analyze cases_case, referrals_consent, referrals_referral, referrals_provider");
            }
            System.out.printf(
                    Locale.ROOT,
                    "Generated %d referrals (%d providers, %d cases, %d consents) in %.0f s%n",
                    counts[0],
                    providers.size(),
                    counts[1],
                    counts[2],
                    Generator.seconds(begin));
        }
        return 0;
    }

    /**
     * Opens one case through the API as the demo consular officer, an adult's or a 15-year-old's, and returns its id:
     * generated cases copy its encrypted identity.
     */
    static UUID realCase(String baseUrl, boolean child) throws java.io.IOException {
        AppSession consular = AppSession.signIn(baseUrl, CONSULAR, Generator.DEMO_PASSWORD);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String body = String.format(
                Locale.ROOT,
                "{\"fullName\":\"%s\",\"claimedBirthDate\":\"%s\",\"sex\":\"%s\",\"nationality\":\"%s\","
                        + "\"languages\":[\"fr\",\"ar\"],\"phone\":\"+221 77 123 45 67\",\"contactPoint\":\"CONSULATE\","
                        + "\"place\":\"Consulate General, visa hall\",\"contactDate\":\"%s\"}",
                child ? "Ibrahima Sow" : "Aissatou Diallo",
                child ? today.minusYears(15) : LocalDate.of(1989, 5, 2),
                child ? "male" : "female",
                "GIN",
                today);
        AppSession.Answer opened = consular.post("/api/v1/cases", body);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(opened.body());
        if (opened.status() != 201 || !id.find()) {
            throw new IllegalStateException("Opening a case answered " + opened.status() + ": " + opened.body());
        }
        return UUID.fromString(id.group(1));
    }

    private static Texts texts(Connection db, UUID adult, UUID child) throws SQLException {
        return new Texts(
                text(db, "select identity from cases_case where id = '" + adult + "'"),
                text(db, "select identity from cases_case where id = '" + child + "'"),
                text(db, "select note from referrals_referral where note is not null limit 1"),
                text(db, "select override_reason from referrals_referral where override_reason is not null limit 1"),
                text(db, "select decline_reason from referrals_referral where decline_reason is not null limit 1"),
                text(db, "select delivery_note from referrals_referral where delivery_note is not null limit 1"),
                text(db, "select giver_name from referrals_consent where giver_name is not null limit 1"));
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("Demo data missing (" + sql + "): start the application in demo mode");
            }
            return row.getString(1);
        }
    }

    /**
     * The three demonstration providers (the signed-in one first) and the made-up ones, created here: an organisation
     * and a directory entry offering two or three services each.
     */
    private static List<Provider> providers(Connection db, int extra) throws SQLException {
        List<Provider> providers = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("select organisation_id, services, name = '" + DEMO_PROVIDER_NAME
                                + "' as signed_in from referrals_provider order by signed_in desc, name")) {
            while (rows.next()) {
                providers.add(new Provider(rows.getObject(1, UUID.class), (String[])
                        rows.getArray(2).getArray()));
            }
        }
        if (providers.size() != 3 || providers.stream().anyMatch(p -> p.organisation() == null)) {
            throw new IllegalStateException("Expected the three demonstration providers, found " + providers.size());
        }
        SplittableRandom random = new SplittableRandom(4);
        Instant now = Instant.now();
        try (PreparedStatement organisation = db.prepareStatement(
                        "insert into accounts_organisation (id, name, kind, created_at) values (?, ?, 'SERVICE_PROVIDER', ?)");
                PreparedStatement entry = db.prepareStatement("""
                        insert into referrals_provider (organisation_id, name, services, areas, languages, capacity,
                          updated_at) values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 1; i <= extra; i++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                String name = MADE_UP_PROVIDER_PREFIX + i;
                int first = random.nextInt(SERVICES.length);
                String[] services = random.nextBoolean()
                        ? new String[] {SERVICES[first], SERVICES[(first + 3) % SERVICES.length]}
                        : new String[] {
                            SERVICES[first],
                            SERVICES[(first + 3) % SERVICES.length],
                            SERVICES[(first + 5) % SERVICES.length]
                        };
                organisation.setObject(1, id);
                organisation.setString(2, name);
                organisation.setObject(3, java.sql.Timestamp.from(now));
                organisation.addBatch();
                entry.setObject(1, id);
                entry.setString(2, name);
                entry.setArray(3, db.createArrayOf("varchar", services));
                entry.setArray(4, db.createArrayOf("varchar", new String[] {"Capital district"}));
                entry.setArray(5, db.createArrayOf("varchar", new String[] {"en", "fr"}));
                entry.setInt(6, 10 + random.nextInt(40));
                entry.setObject(7, java.sql.Timestamp.from(now));
                entry.addBatch();
                providers.add(new Provider(id, services));
            }
            organisation.executeBatch();
            entry.executeBatch();
        }
        return providers;
    }

    /** The referring demonstration staff: consular, caseworker and child-protection officers, with their organisation. */
    private static List<Referrer> referrers(Connection db) throws SQLException {
        List<Referrer> referrers = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select distinct on (a.organisation_id) a.organisation_id, a.id
                        from accounts_account a join accounts_account_role r on r.account_id = a.id
                        where r.role in ('CONSULAR', 'CASEWORKER', 'CHILD_PROTECTION') and a.organisation_id is not null
                        order by a.organisation_id, a.created_at""")) {
            while (rows.next()) {
                referrers.add(new Referrer(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)));
            }
        }
        if (referrers.isEmpty()) {
            throw new IllegalStateException("No referring demonstration staff");
        }
        return referrers;
    }

    /** Returns the referrals, cases and consents written. */
    private static int[] copyAll(
            Options options,
            Connection db,
            Texts texts,
            List<Provider> providers,
            List<Referrer> referrers,
            UUID supervisor,
            int count)
            throws SQLException {
        var api = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
        // Cases and consents stream on connections of their own; referrals refer to consents (a foreign key checked
        // at the end of the COPY), so they are kept in memory and copied once the consents are committed.
        List<byte[]> referralBatches = new ArrayList<>();
        try (Connection caseDb = connect(options);
                Connection consentDb = connect(options)) {
            CopyIn caseCopy = ((PGConnection) caseDb.unwrap(PGConnection.class))
                    .getCopyAPI()
                    .copyIn("""
                    copy cases_case (id, reference, organisation_id, assigned_to, identity, contact_point, place,
                      contact_date, application_reference, child, opened_at, opened_by, version) from stdin""");
            CopyIn consentCopy = ((PGConnection) consentDb.unwrap(PGConnection.class))
                    .getCopyAPI()
                    .copyIn("""
                    copy referrals_consent (id, case_id, application_reference, organisation_id, given_by, giver_name,
                      categories, valid_until, recorded_by, recorded_at, withdrawn_at, withdrawn_by, version)
                    from stdin""");
            int[] counts = copy(caseCopy, consentCopy, texts, providers, referrers, supervisor, count, referralBatches);
            caseCopy.endCopy();
            Generator.log(counts[1] + " cases");
            consentCopy.endCopy();
            Generator.log(counts[2] + " consents");
            write(api.copyIn("""
                    copy referrals_referral (id, case_id, case_organisation_id, provider_organisation_id, service,
                      urgency, categories, consent_id, override_reason, overridden_by, note, status, referred_by,
                      referrer_organisation_id, sent_at, due_at, answered_at, decline_reason, delivered_at,
                      delivery_note, closed_at, close_reason, revoked_at, version) from stdin"""), referralBatches);
            Generator.log(counts[0] + " referrals");
            return counts;
        }
    }

    private static int[] copy(
            CopyIn caseCopy,
            CopyIn consentCopy,
            Texts texts,
            List<Provider> providers,
            List<Referrer> referrers,
            UUID supervisor,
            int count,
            List<byte[]> referralBatches)
            throws SQLException {
        SplittableRandom random = new SplittableRandom(44);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder cases = new StringBuilder(1 << 20);
        StringBuilder consents = new StringBuilder(1 << 20);
        StringBuilder referrals = new StringBuilder(1 << 20);
        int written = 0;
        int caseCount = 0;
        int consentCount = 0;
        long caseSequence = 0;
        while (written < count) {
            Referrer referrer = referrers.get(random.nextInt(referrers.size()));
            boolean recent = random.nextInt(100) < 10;
            boolean child = random.nextInt(100) < 12;
            Instant opened = recent
                    ? now.minus(Duration.ofMinutes(5 * 24 * 60 + random.nextInt(25 * 24 * 60)))
                    : now.minus(Duration.ofMinutes(40 * 24 * 60 + random.nextInt(690 * 24 * 60)));
            UUID caseId = new UUID(random.nextLong(), random.nextLong());
            cases.append(caseId)
                    .append('\t')
                    .append("C-")
                    .append(Generator.applicationReference(caseSequence++).substring(2))
                    .append('\t')
                    .append(referrer.organisation())
                    .append("\t\\N\t")
                    .append(escape(child ? texts.childIdentity() : texts.identity()))
                    .append('\t')
                    .append(CONTACT_POINTS[random.nextInt(CONTACT_POINTS.length)])
                    .append("\tGenerated contact point\t")
                    .append(LocalDate.ofInstant(opened, ZoneOffset.UTC))
                    .append("\t\\N\t")
                    .append(child)
                    .append('\t')
                    .append(opened)
                    .append('\t')
                    .append(referrer.account())
                    .append("\t0\n");
            caseCount++;
            int perCase = 1 + random.nextInt(4);
            for (int k = 0; k < perCase && written < count; k++, written++) {
                Provider provider = provider(providers, random);
                String service = provider.services()[random.nextInt(provider.services().length)];
                int urgency = Generator.index(random, URGENCY_SHARES);
                Duration response = RESPONSE_TIMES[urgency];
                String status;
                Instant sent;
                if (recent) {
                    status = random.nextInt(100) < 40 ? "sent" : "accepted";
                    long window = response.toSeconds() * 3 / 2;
                    sent = status.equals("sent")
                            ? now.minusSeconds(1 + random.nextLong(window))
                            : now.minusSeconds(1 + random.nextLong(5 * 24 * 3600));
                } else {
                    status = CLOSED_STATES[Generator.index(random, CLOSED_SHARES)];
                    sent = opened.plusSeconds(60 + random.nextLong(3 * 24 * 3600));
                }
                Instant due = sent.plus(response);
                Instant answered =
                        status.equals("sent") ? null : sent.plusSeconds(60 + random.nextLong(response.toSeconds()));
                boolean delivered = status.equals("delivered") || status.equals("closed");
                Instant deliveredAt = delivered ? answered.plus(Duration.ofHours(1 + random.nextInt(240))) : null;
                Instant closedAt =
                        status.equals("closed") ? deliveredAt.plus(Duration.ofHours(1 + random.nextInt(120))) : null;
                Instant revokedAt =
                        status.equals("revoked") ? answered.plus(Duration.ofHours(1 + random.nextInt(72))) : null;
                StringBuilder categories = new StringBuilder("{identity");
                for (String optional : OPTIONAL_CATEGORIES) {
                    if (random.nextBoolean()) {
                        categories.append(',').append(optional);
                    }
                }
                categories.append('}');
                boolean override = random.nextInt(100) < 2;
                UUID consentId = null;
                if (!override) {
                    consentId = new UUID(random.nextLong(), random.nextLong());
                    consents.append(consentId)
                            .append('\t')
                            .append(caseId)
                            .append("\t\\N\t")
                            .append(provider.organisation())
                            .append('\t')
                            .append(child ? "guardian" : "person")
                            .append('\t')
                            .append(child ? escape(texts.guardianName()) : "\\N")
                            .append('\t')
                            .append(categories)
                            .append('\t')
                            .append(LocalDate.ofInstant(sent, ZoneOffset.UTC).plusMonths(6))
                            .append('\t')
                            .append(referrer.account())
                            .append('\t')
                            .append(sent.minusSeconds(60))
                            .append('\t')
                            .append(revokedAt == null ? "\\N" : revokedAt.toString())
                            .append('\t')
                            .append(revokedAt == null ? "\\N" : "account:" + referrer.account())
                            .append("\t0\n");
                    consentCount++;
                }
                referrals
                        .append(new UUID(random.nextLong(), random.nextLong()))
                        .append('\t')
                        .append(caseId)
                        .append('\t')
                        .append(referrer.organisation())
                        .append('\t')
                        .append(provider.organisation())
                        .append('\t')
                        .append(service)
                        .append('\t')
                        .append(URGENCIES[urgency])
                        .append('\t')
                        .append(categories)
                        .append('\t')
                        .append(consentId == null ? "\\N" : consentId.toString())
                        .append('\t')
                        .append(override ? escape(texts.overrideReason()) : "\\N")
                        .append('\t')
                        .append(override ? supervisor.toString() : "\\N")
                        .append('\t')
                        .append(escape(texts.note()))
                        .append('\t')
                        .append(status)
                        .append('\t')
                        .append(override ? supervisor : referrer.account())
                        .append('\t')
                        .append(referrer.organisation())
                        .append('\t')
                        .append(sent)
                        .append('\t')
                        .append(due)
                        .append('\t')
                        .append(orNull(answered))
                        .append('\t')
                        .append(status.equals("declined") ? escape(texts.declineReason()) : "\\N")
                        .append('\t')
                        .append(orNull(deliveredAt))
                        .append('\t')
                        .append(delivered ? escape(texts.deliveryNote()) : "\\N")
                        .append('\t')
                        .append(orNull(closedAt))
                        .append("\t\\N\t")
                        .append(orNull(revokedAt))
                        .append('\t')
                        .append(status.equals("sent") ? '0' : '1')
                        .append('\n');
            }
            send(caseCopy, cases, false);
            send(consentCopy, consents, false);
            flush(referrals, referralBatches, false);
        }
        send(caseCopy, cases, true);
        send(consentCopy, consents, true);
        flush(referrals, referralBatches, true);
        return new int[] {written, caseCount, consentCount};
    }

    /** The signed-in demo provider and the two others get 10% each; the made-up ones share the rest evenly. */
    private static Provider provider(List<Provider> providers, SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 30 || providers.size() == 3) {
            return providers.get(draw % 3);
        }
        return providers.get(3 + random.nextInt(providers.size() - 3));
    }

    private static String orNull(Instant instant) {
        return instant == null ? "\\N" : instant.toString();
    }

    private static void flush(StringBuilder rows, List<byte[]> batches, boolean last) {
        if (rows.length() > (1 << 20) - 8192 || (last && rows.length() > 0)) {
            batches.add(rows.toString().getBytes(StandardCharsets.UTF_8));
            rows.setLength(0);
        }
    }

    private static void send(CopyIn copy, StringBuilder rows, boolean last) throws SQLException {
        if (rows.length() > (1 << 20) - 8192 || (last && rows.length() > 0)) {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
        }
    }

    private static void write(CopyIn copy, List<byte[]> batches) throws SQLException {
        for (byte[] batch : batches) {
            copy.writeToCopy(batch, 0, batch.length);
        }
        copy.endCopy();
        batches.clear();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static Connection connect(Options options) throws SQLException {
        return DriverManager.getConnection(
                options.jdbcUrl(), options.jdbcUser(), Generator.emptyToNull(options.jdbcPassword()));
    }

    private static UUID single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return row.getObject(1, UUID.class);
        }
    }
}
