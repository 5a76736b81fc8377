package org.openpathways.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.agreements.AgreementFixtures;
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.Quotas;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AgreementsApiTest {

    private static final String PROBLEMS = "https://openpathways.org/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Agreements agreements;

    @Autowired
    Quotas quotas;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorRecordsAnAgreementThatAnyoneThenReadsWithItsQuotasUse() throws Exception {
        String code = AgreementFixtures.aCode("care-workers");
        String quota = AgreementFixtures.aCode("care-2027");

        mvc.perform(create(body(code, quota, 40)).with(as("ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/agreements/" + code))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.quotas[0].remaining").value(40));
        transactions.executeWithoutResult(status -> quotas.allocate(quota, "A-1234-5678-9"));

        mvc.perform(get("/api/v1/agreements/{code}", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Care workers agreement"))
                .andExpect(jsonPath("$.partners[0].code").value("PH"))
                .andExpect(jsonPath("$.partners[0].name").value("Philippines"))
                .andExpect(jsonPath("$.rightsClauses[0]").value("Equal pay for equal work."))
                .andExpect(jsonPath("$.quotas[0].capacity").value(40))
                .andExpect(jsonPath("$.quotas[0].used").value(1))
                .andExpect(jsonPath("$.quotas[0].remaining").value(39));
        mvc.perform(get("/api/v1/agreements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(code)));
        assertThat(audited("agreements.created", code)).isEqualTo(1);
    }

    @Test
    void caseworkersAndAnonymousCallersMayNotRecordAgreements() throws Exception {
        String body = body(AgreementFixtures.aCode("refused"), AgreementFixtures.aCode("refused-quota"), 5);

        mvc.perform(create(body).with(as("CASEWORKER"))).andExpect(status().isForbidden());
        mvc.perform(create(body)).andExpect(status().isUnauthorized());
    }

    @Test
    void missingOrMalformedFieldsAreNamed() throws Exception {
        String body =
                body(AgreementFixtures.aCode("bad"), "Not A Code", 5).replace("\"validFrom\": \"2025-01-01\",", "");

        mvc.perform(create(body).with(as("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("validFrom")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("quotas[0].code")));
    }

    @Test
    void anUnknownCountryOrAQuotaForANonPartnerIsRefusedNamingTheField() throws Exception {
        String code = AgreementFixtures.aCode("unknown-country");
        String quota = AgreementFixtures.aCode("q");

        mvc.perform(create(body(code, quota, 5).replace("\"PH\"", "\"QQ\"")).with(as("ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("partners"));
        mvc.perform(create(body(code, quota, 5).replace("\"nationalities\": []", "\"nationalities\": [\"SN\"]"))
                        .with(as("ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("quotas[0].nationalities"));
        assertThat(agreements.any(code)).isEmpty();
    }

    @Test
    void aSecondAgreementWithTheSameCodeIsAConflict() throws Exception {
        String code = AgreementFixtures.aCode("twice");
        mvc.perform(create(body(code, AgreementFixtures.aCode("q"), 5)).with(as("ADMIN")))
                .andExpect(status().isCreated());

        mvc.perform(create(body(code, AgreementFixtures.aCode("q"), 5)).with(as("ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "agreements.code-taken"));
    }

    @Test
    void changesNeedTheCurrentVersionAndMayNotShrinkAQuotaBelowItsUse() throws Exception {
        String code = AgreementFixtures.aCode("changed");
        String quota = AgreementFixtures.aCode("q");
        mvc.perform(create(body(code, quota, 5)).with(as("ADMIN"))).andExpect(status().isCreated());
        transactions.executeWithoutResult(status -> {
            quotas.allocate(quota, "one");
            quotas.allocate(quota, "two");
        });

        mvc.perform(change(code, body(code, quota, 8), null)).andExpect(status().isPreconditionRequired());
        mvc.perform(change(code, body(code, quota, 8), "\"7\"")).andExpect(status().isPreconditionFailed());
        mvc.perform(change(code, body(code, quota, 1), "\"0\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "agreements.capacity-below-use"));
        mvc.perform(change(code, body(code, quota, 8), "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.quotas[0].capacity").value(8))
                .andExpect(jsonPath("$.quotas[0].used").value(2))
                .andExpect(jsonPath("$.quotas[0].remaining").value(6));
        assertThat(audited("agreements.updated", code)).isEqualTo(1);
    }

    @Test
    void draftsAreHiddenFromThePublicButNotFromAdministrators() throws Exception {
        String code = AgreementFixtures.aCode("draft");
        mvc.perform(create(body(code, AgreementFixtures.aCode("q"), 5).replace("\"in-force\"", "\"draft\""))
                        .with(as("ADMIN")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/agreements/{code}", code)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/{code}", code).with(as("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agreements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + code + "')]").isEmpty());
    }

    private int audited(String action, String code) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
                .params(action, code)
                .query(Integer.class)
                .single();
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/api/v1/agreements")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private MockHttpServletRequestBuilder change(String code, String body, String ifMatch) {
        MockHttpServletRequestBuilder request = put("/api/v1/agreements/{code}", code)
                .with(csrf())
                .with(as("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    static RequestPostProcessor as(String role) {
        return user(UUID.randomUUID().toString()).roles(role);
    }

    static String body(String code, String quota, int capacity) {
        return """
                {
                  "code": "%s",
                  "kind": "bilateral",
                  "titles": {"en": "Care workers agreement", "fr": "Accord sur les aides-soignants"},
                  "partners": ["PH"],
                  "sectors": ["care"],
                  "validFrom": "2025-01-01",
                  "validTo": "2030-12-31",
                  "rightsClauses": {
                    "en": ["Equal pay for equal work."],
                    "fr": ["Salaire égal pour un travail égal."]
                  },
                  "status": "in-force",
                  "quotas": [{
                    "code": "%s",
                    "pathwayCodes": ["skilled-work-single-permit"],
                    "sector": "care",
                    "nationalities": [],
                    "periodStart": "2027-01-01",
                    "periodEnd": "2027-12-31",
                    "capacity": %d
                  }]
                }
                """.formatted(code, quota, capacity);
    }
}
