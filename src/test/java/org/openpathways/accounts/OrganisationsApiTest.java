package org.openpathways.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator sets up an organisation and its staff through the API: each creation is idempotent under an
 * {@code Idempotency-Key}, a new member is invited by e-mail, and malformed requests change nothing.
 */
@IntegrationTest
class OrganisationsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoMailbox demoMailbox;

    private final RequestPostProcessor admin =
            user(UUID.randomUUID().toString()).roles("ADMIN");

    @Test
    void aRetriedCreationWithTheSameKeyCreatesOneOrganisationAndAnswersTheSame() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"Harbour Legal Aid\",\"kind\":\"CONSULATE\"}";
        long before = organisations();

        String first = mvc.perform(post("/api/v1/organisations")
                        .with(admin)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/organisations/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String replayed = mvc.perform(post("/api/v1/organisations")
                        .with(admin)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(replayed).isEqualTo(first);
        assertThat(organisations()).isEqualTo(before + 1);
        mvc.perform(post("/api/v1/organisations")
                        .with(admin)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Another name\",\"kind\":\"CONSULATE\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(organisations()).isEqualTo(before + 1);
    }

    @Test
    void aMemberAddedByTheAdministratorIsInvitedByEmailAndListed() throws Exception {
        String organisation = created("Coastal Border Office", OrganisationKind.MIGRATION_AUTHORITY);
        String address = "officer-" + UUID.randomUUID() + "@example.org";

        mvc.perform(post("/api/v1/organisations/{id}/members", organisation)
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Officer Okafor\",\"email\":\"" + address
                                + "\",\"roles\":[\"CASEWORKER\"],\"language\":\"fr\"}"))
                .andExpect(status().isCreated());

        assertThat(Mailbox.linkPath(new Mailbox(demoMailbox, jdbc).awaitMail(address, ""), "/password-reset/new"))
                .isNotBlank();
        mvc.perform(get("/api/v1/organisations/{id}/members", organisation).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].roles[0]").value("CASEWORKER"));
    }

    @Test
    void aMissingNameAnUnknownKindOrARoleTheKindDoesNotHaveIsRefusedAndChangesNothing() throws Exception {
        long before = organisations();
        mvc.perform(post("/api/v1/organisations")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"kind\":\"CONSULATE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/organisations")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Embassy\",\"kind\":\"NO_SUCH_KIND\"}"))
                .andExpect(status().isBadRequest());
        assertThat(organisations()).isEqualTo(before);

        String consulate = created("Consulate in Dakar", OrganisationKind.CONSULATE);
        long accounts = jdbc.sql("select count(*) from accounts_account")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/organisations/{id}/members", consulate)
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Someone\",\"email\":\"someone-" + UUID.randomUUID()
                                + "@example.org\",\"roles\":[\"CASEWORKER\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("roles"));
        assertThat(jdbc.sql("select count(*) from accounts_account")
                        .query(Long.class)
                        .single())
                .isEqualTo(accounts);
    }

    private String created(String name, OrganisationKind kind) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/organisations")
                                .with(admin)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private long organisations() {
        return jdbc.sql("select count(*) from accounts_organisation")
                .query(Long.class)
                .single();
    }
}
