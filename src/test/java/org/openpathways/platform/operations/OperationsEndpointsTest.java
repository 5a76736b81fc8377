package org.openpathways.platform.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@TestPropertySource(properties = "openpathways.metrics.scrape-token=scrape-secret-for-tests")
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthLivenessAndReadinessArePublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void metricsAreReadOnlyByPrometheusWithItsTokenOrByAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/prometheus")
                        .with(user(UUID.randomUUID().toString()).roles("APPLICANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer scrape-secret-for-tests"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus")
                        .with(user(UUID.randomUUID().toString()).roles("ADMIN")))
                .andExpect(status().isOk());
    }
}
