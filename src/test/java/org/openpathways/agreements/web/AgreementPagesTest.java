package org.openpathways.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openpathways.agreements.AgreementFixtures;
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.Quotas;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AgreementPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agreements agreements;

    @Autowired
    Quotas quotas;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void thePublicPageShowsEachQuotasUseAsItIsNow() throws Exception {
        String code = AgreementFixtures.aCode("page");
        String quota = AgreementFixtures.aCode("page-quota");
        agreements.create(AgreementFixtures.anAgreementInForceWithAQuota(code, quota, 12));
        transactions.executeWithoutResult(status -> {
            quotas.allocate(quota, "one");
            quotas.allocate(quota, "two");
            quotas.allocate(quota, "three");
        });

        Document page = page("/agreements");

        var row = page.select("tr:has(td span:containsOwn(" + quota + "))");
        assertThat(row).hasSize(1);
        assertThat(row.select("td.govuk-table__cell--numeric").eachText()).containsExactly("12", "3", "9");
        assertThat(page.text()).contains("Seasonal work agreement " + code, "Senegal", "Morocco");
    }

    @Test
    void anAgreementPageShowsTheRightsClausesInTheReadersLanguageRightToLeftInArabic() throws Exception {
        String code = AgreementFixtures.aCode("arabic");
        String quota = AgreementFixtures.aCode("arabic-quota");
        agreements.create(AgreementFixtures.anAgreementInForceWithAQuota(code, quota, 1));
        transactions.executeWithoutResult(status -> quotas.allocate(quota, "only"));

        Document arabic = page("/agreements/" + code + "?lang=ar");

        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("ol li").eachText())
                .containsExactly("أجر متساوٍ عن العمل المتساوي.", "لا رسوم توظيف.");
        assertThat(arabic.select("strong.govuk-tag--red")).hasSize(1);

        Document french = page("/agreements/" + code + "?lang=fr");
        assertThat(french.selectFirst("ol").attr("lang")).isEqualTo("en");
        assertThat(french.select("ol li").eachText()).contains("Equal pay for equal work.");
    }

    @Test
    void anAdministratorRecordsAnAgreementWithAQuotaFromThePage() throws Exception {
        String code = AgreementFixtures.aCode("from-page");
        String quota = AgreementFixtures.aCode("from-page-quota");

        mvc.perform(post("/admin/agreements")
                        .with(csrf())
                        .with(AgreementsApiTest.as("ADMIN"))
                        .param("code", code)
                        .param("kind", "bilateral")
                        .param("title", "Construction workers agreement")
                        .param("partners", "gh, ng")
                        .param("sectors", "construction")
                        .param("validFrom", "2026-01-01")
                        .param("validTo", "")
                        .param("clauses", "Equal pay for equal work.\r\nSafe housing paid by the employer.")
                        .param("status", "in-force")
                        .param("quotaCode", quota)
                        .param("quotaPathway", "skilled-work-single-permit")
                        .param("quotaStart", "2027-01-01")
                        .param("quotaEnd", "2027-12-31")
                        .param("quotaCapacity", "25"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/agreements/" + code));

        var created = agreements.any(code).orElseThrow();
        assertThat(created.partners()).containsExactly("GH", "NG");
        assertThat(created.rightsClauses(Language.ENGLISH)).hasSize(2);
        assertThat(quotas.remaining(quota)).isEqualTo(25);
    }

    @Test
    void aRefusedFormShowsEachProblemBesideItsField() throws Exception {
        String html = mvc.perform(post("/admin/agreements")
                        .with(csrf())
                        .with(AgreementsApiTest.as("ADMIN"))
                        .param("code", AgreementFixtures.aCode("refused"))
                        .param("kind", "bilateral")
                        .param("title", "Refused agreement")
                        .param("partners", "QQ")
                        .param("validFrom", "2026-01-01")
                        .param("clauses", "A clause.")
                        .param("status", "draft"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#partners");
        assertThat(page.select("#partners-error")).hasSize(1);
    }

    @Test
    void anUnknownAgreementIsNotFound() throws Exception {
        mvc.perform(get("/agreements/no-such-agreement")).andExpect(status().isNotFound());
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
