package org.openpathways.referrals.persistence;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of the referrals module, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ReferralEncryptedColumns {

    @Bean
    EncryptedColumn consentGiverName() {
        return ConsentRecords.GIVER_NAME;
    }

    @Bean
    EncryptedColumn referralNote() {
        return ReferralRecords.NOTE;
    }

    @Bean
    EncryptedColumn referralOverrideReason() {
        return ReferralRecords.OVERRIDE_REASON;
    }

    @Bean
    EncryptedColumn referralDeclineReason() {
        return ReferralRecords.DECLINE_REASON;
    }

    @Bean
    EncryptedColumn referralDeliveryNote() {
        return ReferralRecords.DELIVERY_NOTE;
    }

    @Bean
    EncryptedColumn referralCloseReason() {
        return ReferralRecords.CLOSE_REASON;
    }
}
