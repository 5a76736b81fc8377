package org.openpathways.agreements.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openpathways.agreements.AgreementStatus;
import org.openpathways.agreements.AgreementView;
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.Quotas;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DemoAgreementsTest {

    @Autowired
    Agreements agreements;

    @Autowired
    Quotas quotas;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void loadingTheDemoAgreementsTwiceGivesTheSameAgreementsAndPlacesTaken() {
        DemoAgreements demo = new DemoAgreements(agreements, quotas, transactions);

        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        AgreementView seasonal = agreements.published("seasonal-agriculture").orElseThrow();
        assertThat(seasonal.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(seasonal.partners()).containsExactly("SN", "MA");
        assertThat(seasonal.rightsClauses(Language.ARABIC)).hasSize(4);
        assertThat(quotas.remaining(DemoAgreements.SEASONAL_QUOTA)).isEqualTo(500 - DemoAgreements.PLACES_TAKEN);
        AgreementView protocol = agreements.published("regional-free-movement").orElseThrow();
        assertThat(protocol.quotas()).isEmpty();
        assertThat(protocol.partners()).contains("SN", "NG", "GH");
    }
}
