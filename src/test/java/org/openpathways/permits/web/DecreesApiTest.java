package org.openpathways.permits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Organisations;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.permits.ExtensionDecrees;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitFixtures;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitReader;
import org.openpathways.permits.PermitToIssue;
import org.openpathways.permits.Permits;
import org.openpathways.permits.PermitsIntegrationTest;
import org.openpathways.permits.Revocation;
import org.openpathways.permits.TestHolders;
import org.openpathways.permits.persistence.DecreeExecution;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PermitsIntegrationTest
class DecreesApiTest {

    private static final String PROBLEMS = "https://openpathways.org/problems/";
    private static final String OTHER_TYPE = "permits-test-unpublished";
    /** Each test selects permits ending in its own far-away year, so that other tests' permits never match. */
    private static final AtomicInteger YEARS = new AtomicInteger(2101);

    @Autowired
    MockMvc mvc;

    @Autowired
    Permits permits;

    @Autowired
    Organisations organisations;

    @Autowired
    PathwayCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    ExtensionDecrees decrees;

    @Autowired
    DecreeExecution execution;

    private final UUID author = UUID.randomUUID();
    private final UUID executor = UUID.randomUUID();
    private LocalDate base;
    private TestHolders.Holder holder;

    @BeforeEach
    void aPublishedTypeAHolderAndAWindowOfOurOwn() {
        PermitFixtures.publishTheTestPathway(catalogue);
        base = LocalDate.of(YEARS.getAndIncrement(), 3, 1);
        holder = TestHolders.aHolder(organisations, Language.ENGLISH);
    }

    @Test
    void theDecreeExtendsExactlyThePermitsItSelectsAsManyAsThePreviewCounted() throws Exception {
        PermitNumber alpha3 = issue(holder.id(), "uzb", PermitFixtures.PATHWAY, base.plusDays(5));
        PermitNumber alpha2 = issue(holder.id(), "UZ", PermitFixtures.PATHWAY, base.plusDays(10));
        PermitNumber otherNationality = issue(holder.id(), "TJK", PermitFixtures.PATHWAY, base.plusDays(5));
        PermitNumber outsideWindow = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(40));
        PermitNumber otherType = issue(holder.id(), "UZB", OTHER_TYPE, base.plusDays(5));
        PermitNumber revoked = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(6));
        permits.revokeAsSystem(revoked.value(), new Revocation("fraud", null), "tests");
        String decree = create(selection(List.of("UZB"), null) + ",\"extensionMonths\":6");

        mvc.perform(get("/api/v1/decrees/{id}/preview", decree).with(as(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permits").value(2))
                .andExpect(jsonPath("$.byNationality[0].key").value("UZB"))
                .andExpect(jsonPath("$.byNationality[0].fewerThanFive").value(true))
                .andExpect(jsonPath("$.byNationality[0].permits").doesNotExist());
        execution(decree, executor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("executed"))
                .andExpect(jsonPath("$.permitsExtended").value(2));

        assertThat(validUntil(alpha3)).isEqualTo(base.plusDays(5).plusMonths(6));
        assertThat(validUntil(alpha2)).isEqualTo(base.plusDays(10).plusMonths(6));
        assertThat(version(alpha3)).isEqualTo(1);
        for (PermitNumber untouched : List.of(otherNationality, outsideWindow, otherType)) {
            assertThat(history(untouched)).containsExactly("issued");
            assertThat(version(untouched)).isZero();
        }
        assertThat(history(revoked)).containsExactly("issued", "revoked");
        assertThat(history(alpha3)).containsExactly("issued", "extended");
        assertThat(history(alpha2)).containsExactly("issued", "extended");
        assertThat(jdbc.sql("select purpose from audit_entry where action = 'permits.decree-previewed'"
                                + " and record_id = ?")
                        .param(decree)
                        .query(String.class)
                        .list())
                .containsExactly("decree-preview");
    }

    @Test
    void executingTwiceIsRefusedAndChangesNothing() throws Exception {
        PermitNumber number = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(1));
        String decree = create(selection(List.of(), null) + ",\"extensionDays\":30");
        execution(decree, executor).andExpect(status().isOk());

        execution(decree, UUID.randomUUID())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.decree-executed"));

        var executed = decrees.decree(UUID.fromString(decree), new PermitReader(executor, Set.of("SUPERVISOR")));
        int again = execution.execute(
                executed.selection(),
                List.of(),
                executed.extension(),
                executed.reference(),
                "system:tests",
                java.time.Instant.now());

        assertThat(again).as("the statement itself extends nothing twice").isZero();
        assertThat(validUntil(number)).isEqualTo(base.plusDays(31));
        assertThat(history(number)).containsExactly("issued", "extended");
        assertThat(auditActions(decree)).containsExactly("permits.decree-created", "permits.decree-executed");
    }

    @Test
    void aNewEndDateNeverShortensAPermit() throws Exception {
        PermitNumber early = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(5));
        PermitNumber late = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(20));
        String decree = create(selection(List.of(), null) + ",\"newValidUntil\":\"" + base.plusDays(10) + "\"");

        mvc.perform(get("/api/v1/decrees/{id}/preview", decree).with(as(author)))
                .andExpect(jsonPath("$.permits").value(1));
        execution(decree, executor).andExpect(jsonPath("$.permitsExtended").value(1));

        assertThat(validUntil(early)).isEqualTo(base.plusDays(10));
        assertThat(validUntil(late)).isEqualTo(base.plusDays(20));
        assertThat(history(late)).containsExactly("issued");
    }

    @Test
    void aRequiredFactLimitsTheDecreeToPermitsWithThatFact() throws Exception {
        PermitNumber confirmed = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(3));
        PermitNumber unconfirmed = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(3));
        UUID caseworker = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/permits/{number}/facts", confirmed.grouped())
                            .with(csrf())
                            .with(user(caseworker.toString()).roles("CASEWORKER"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"fact\":\"employment-confirmed\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.facts[0]").value("employment-confirmed"));
        }
        mvc.perform(post("/api/v1/permits/{number}/facts", confirmed.value())
                        .with(csrf())
                        .with(user(caseworker.toString()).roles("CASEWORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fact\":\"Employment Confirmed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.fact-invalid"));
        String decree = create(selection(List.of(), "employment-confirmed") + ",\"extensionMonths\":12");

        execution(decree, executor).andExpect(jsonPath("$.permitsExtended").value(1));

        assertThat(validUntil(confirmed)).isEqualTo(base.plusDays(3).plusMonths(12));
        assertThat(validUntil(unconfirmed)).isEqualTo(base.plusDays(3));
    }

    @Test
    void aDecreeThatSelectsNothingSaysSoAndChangesNothing() throws Exception {
        PermitNumber other = issue(holder.id(), "TJK", PermitFixtures.PATHWAY, base.plusDays(3));
        String decree = create(selection(List.of("KAZ"), null) + ",\"extensionMonths\":3");

        mvc.perform(get("/api/v1/decrees/{id}/preview", decree).with(as(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permits").value(0))
                .andExpect(jsonPath("$.byType").isEmpty());
        execution(decree, executor)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.decree-selects-nothing"));

        mvc.perform(get("/api/v1/decrees/{id}", decree).with(as(author)))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.permitsExtended").doesNotExist());
        assertThat(history(other)).containsExactly("issued");
    }

    @Test
    void theAuthorCannotExecuteTheirOwnDecree() throws Exception {
        PermitNumber number = issue(holder.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(3));
        String decree = create(selection(List.of(), null) + ",\"extensionMonths\":3");

        execution(decree, author)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.decree-own"));

        assertThat(history(number)).containsExactly("issued");
    }

    @Test
    void holdersAreToldInTheirLanguageOnceEach() throws Exception {
        var french = TestHolders.aHolder(organisations, Language.FRENCH);
        var arabic = TestHolders.aHolder(organisations, Language.ARABIC);
        PermitNumber frenchPermit = issue(french.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(2));
        issue(arabic.id(), "UZB", PermitFixtures.PATHWAY, base.plusDays(4));
        String decree = create(selection(List.of(), null) + ",\"extensionMonths\":6");

        execution(decree, executor).andExpect(status().isOk());

        var box = new Mailbox(mailbox, jdbc);
        var mail = box.awaitMail(french.email(), "prolongé");
        assertThat(mail.body()).contains(frenchPermit.grouped()).contains("valable jusqu’au");
        box.awaitMail(arabic.email(), "مُدّد");
        assertThat(box.mailsTo(french.email()).stream().filter(m -> m.subject().contains("prolongé")))
                .hasSize(1);
        long lastHistoryRow = jdbc.sql("select max(id) from permits_permit_history where reference = ?")
                .param("decree:" + decree)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select notified_through from permits_decree where id = ?::uuid")
                        .param(decree)
                        .query(Long.class)
                        .single())
                .isEqualTo(lastHistoryRow);
    }

    @Test
    void aDraftThatIsNotAcceptableIsRefusedFieldByField() throws Exception {
        String wrong = "{\"title\":\"<b>Decree</b>\",\"legalBasis\":\"Act 12\",\"permitTypes\":[],"
                + "\"expiringFrom\":\"2030-02-01\",\"expiringTo\":\"2030-01-01\",\"nationalities\":[\"XXX\"],"
                + "\"requiredFact\":\"Employment Confirmed\",\"newValidUntil\":\"2031-01-01\",\"extensionMonths\":200}";
        String body = mvc.perform(post("/api/v1/decrees")
                        .with(csrf())
                        .with(as(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wrong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> fields = JsonPath.read(body, "$.errors[*].field");
        assertThat(fields)
                .containsExactly(
                        "title", "permitTypes", "expiringTo", "nationalities", "requiredFact", "newValidUntil");

        String duration = "{\"title\":\"Decree\",\"legalBasis\":\"Act 12\",\"permitTypes\":[\""
                + PermitFixtures.PATHWAY + "\"],\"expiringFrom\":\"2030-01-01\",\"expiringTo\":\"2030-02-01\","
                + "\"extensionMonths\":121,\"extensionDays\":-1}";
        mvc.perform(post("/api/v1/decrees")
                        .with(csrf())
                        .with(as(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(duration))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("extensionMonths"))
                .andExpect(jsonPath("$.errors[1].field").value("extensionDays"));
        mvc.perform(post("/api/v1/decrees")
                        .with(csrf())
                        .with(as(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(duration.replace(",\"extensionMonths\":121,\"extensionDays\":-1", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newValidUntil"))
                .andExpect(jsonPath("$.errors[0].message").value("Give a new end date or a duration"));
    }

    private String selection(List<String> nationalities, String fact) {
        String codes = String.join(
                ",", nationalities.stream().map(code -> "\"" + code + "\"").toList());
        return "\"title\":\"Extension for seasonal workers\",\"legalBasis\":\"Decision 2026/14, article 2\","
                + "\"permitTypes\":[\"" + PermitFixtures.PATHWAY + "\"],\"expiringFrom\":\"" + base
                + "\",\"expiringTo\":\"" + base.plusDays(30) + "\",\"nationalities\":[" + codes + "]"
                + (fact == null ? "" : ",\"requiredFact\":\"" + fact + "\"");
    }

    private String create(String fields) throws Exception {
        String body = mvc.perform(post("/api/v1/decrees")
                        .with(csrf())
                        .with(as(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{" + fields + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("draft"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions execution(String decree, UUID supervisor) throws Exception {
        return mvc.perform(
                post("/api/v1/decrees/{id}/execution", decree).with(csrf()).with(as(supervisor)));
    }

    private PermitNumber issue(UUID holderId, String nationality, String type, LocalDate validUntil) {
        return permits.issue(new PermitToIssue(
                "application-" + UUID.randomUUID(),
                holderId,
                PermitFixtures.HOLDER_NAME,
                nationality,
                type,
                1,
                validUntil.minusYears(1),
                validUntil,
                PermitConditions.openWork()));
    }

    private LocalDate validUntil(PermitNumber number) {
        return jdbc.sql("select valid_until from permits_permit where number = ?")
                .param(number.value())
                .query(LocalDate.class)
                .single();
    }

    private int version(PermitNumber number) {
        return jdbc.sql("select version from permits_permit where number = ?")
                .param(number.value())
                .query(Integer.class)
                .single();
    }

    private List<String> history(PermitNumber number) {
        return jdbc.sql("select h.change from permits_permit_history h join permits_permit p on p.id = h.permit_id"
                        + " where p.number = ? order by h.id")
                .param(number.value())
                .query(String.class)
                .list();
    }

    private List<String> auditActions(String decree) {
        return jdbc.sql(
                        "select action from audit_entry where record_type = 'decree' and record_id = ? order by sequence")
                .param(decree)
                .query(String.class)
                .list();
    }

    private static RequestPostProcessor as(UUID supervisor) {
        return user(supervisor.toString()).roles("SUPERVISOR");
    }
}
