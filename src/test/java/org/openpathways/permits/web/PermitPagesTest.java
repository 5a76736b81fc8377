package org.openpathways.permits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Organisations;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.permits.PermitFixtures;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.Permits;
import org.openpathways.permits.PermitsIntegrationTest;
import org.openpathways.permits.TestHolders;
import org.openpathways.platform.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PermitsIntegrationTest
class PermitPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Permits permits;

    @Autowired
    Organisations organisations;

    @Autowired
    PathwayCatalogue catalogue;

    @BeforeEach
    void theTestPathwayIsPublished() {
        PermitFixtures.publishTheTestPathway(catalogue);
    }

    @Test
    void theQrCodeEncodesThePublicVerificationAddress() throws Exception {
        String url = "http://localhost/permits/verify/7KQM3XH9PWTG";
        BitMatrix matrix = QrCode.matrix(url);
        int[] pixels = new int[matrix.getWidth() * matrix.getHeight()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                pixels[y * matrix.getWidth() + x] = matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(matrix.getWidth(), matrix.getHeight(), pixels)));

        assertThat(new QRCodeReader()
                        .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true))
                        .getText())
                .isEqualTo(url);
    }

    @Test
    void thePermitDocumentShowsThePermitAndAnInlineQrCodeToItsVerificationPage() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));

        Document page = html(mvc.perform(get("/permits/{number}", number.value())
                        .accept(MediaType.TEXT_HTML)
                        .with(user(holder.id().toString()).roles("APPLICANT")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo(PermitFixtures.PERMIT_NAME);
        assertThat(page.text())
                .contains(PermitFixtures.HOLDER_NAME)
                .contains(number.grouped())
                .contains("Work is allowed only for this employer: Green Valley Farms.");
        assertThat(page.select("svg.op-permit__qr path")).hasSize(1);
        assertThat(page.select("a[href=http://localhost/permits/verify/" + number.value() + "]"))
                .isNotEmpty();
        assertThat(page.select("a[href*=revocation]")).isEmpty();
    }

    @Test
    void anotherApplicantCannotSeeThePermitDocument() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));

        mvc.perform(get("/permits/{number}", number.value())
                        .accept(MediaType.TEXT_HTML)
                        .with(user(UUID.randomUUID().toString()).roles("APPLICANT")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theVerificationFormCatchesTyposAndLeadsToTheResult() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));
        String typo = number.value().substring(0, 11) + (number.value().charAt(11) == 'A' ? 'B' : 'A');

        Document refused = html(mvc.perform(get("/permits/verify").param("number", typo))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary a[href=#number]")).hasSize(1);

        mvc.perform(get("/permits/verify").param("number", number.grouped().toLowerCase()))
                .andExpect(redirectedUrl("/permits/verify/" + number.value()));
        Document result = html(mvc.perform(get("/permits/verify/{number}", number.value()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(result.text())
                .contains(PermitFixtures.HOLDER_NAME)
                .contains("Valid")
                .doesNotContain("UZB")
                .doesNotContain(holder.id().toString());
    }

    @Test
    void theRevocationFormListsProblemsInItsSummaryAndRevokesWhenComplete() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));
        var supervisor = user(UUID.randomUUID().toString()).roles("SUPERVISOR");

        mvc.perform(get("/permits/{number}/revocation", number.value()).with(supervisor))
                .andExpect(status().isOk());
        Document refused = html(mvc.perform(post("/permits/{number}/revocation", number.value())
                        .param("version", "0")
                        .with(supervisor)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary a[href=#ground]").text())
                .isEqualTo("Choose the ground on which the permit is revoked");

        mvc.perform(post("/permits/{number}/revocation", number.value())
                        .param("version", "0")
                        .param("ground", "conditions-breached")
                        .with(supervisor)
                        .with(csrf()))
                .andExpect(redirectedUrl("/permits/" + number.value() + "?revoked"));
        assertThat(permits.verify(number.value()).orElseThrow().status().code()).isEqualTo("revoked");
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
