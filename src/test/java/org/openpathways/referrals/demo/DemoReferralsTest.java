package org.openpathways.referrals.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.referrals.Consents;
import org.openpathways.referrals.ReferralStatus;
import org.openpathways.referrals.ReferralSummary;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's people follow their own cases: the applicant through the case opened on her application, and a woman met
 * at a land crossing, who has no application, through the code the consular officer gave her.
 */
@IntegrationTest
@TestPropertySource(properties = {"openpathways.demo.enabled=true", "openpathways.mail.embedded=false"})
class DemoReferralsTest {

    @Autowired
    DemoPeople people;

    @Autowired
    Consents consents;

    @Test
    void thePersonMetAtTheCrossingSeesHerConsentAndReferralThroughHerCode() {
        UUID lan = people.account("lan.tran@example.org").orElseThrow();

        assertThat(consents.ofPerson(lan))
                .singleElement()
                .satisfies(consent ->
                        assertThat(consent.live(java.time.LocalDate.now())).isTrue());
        assertThat(consents.referralsOfPerson(lan))
                .extracting(ReferralSummary::status)
                .containsExactly(ReferralStatus.SENT);
    }

    @Test
    void theApplicantSeesTheConsentOfTheCaseOpenedOnHerApplication() {
        UUID amina = people.applicant().orElseThrow();

        assertThat(consents.ofPerson(amina)).hasSize(1);
        assertThat(consents.referralsOfPerson(amina)).hasSize(1);
    }
}
