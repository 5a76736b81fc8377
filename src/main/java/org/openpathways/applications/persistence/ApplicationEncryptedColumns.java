package org.openpathways.applications.persistence;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of the applications module, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ApplicationEncryptedColumns {

    @Bean
    EncryptedColumn applicationDetails() {
        return new EncryptedColumn(ApplicationRecords.TABLE, "id", "details");
    }

    @Bean
    EncryptedColumn applicationExtensionReason() {
        return new EncryptedColumn(ApplicationRecords.TABLE, "id", "extension_reason");
    }

    @Bean
    EncryptedColumn informationRequestQuestion() {
        return new EncryptedColumn("applications_information_request", "id", "question");
    }

    @Bean
    EncryptedColumn informationRequestAnswer() {
        return new EncryptedColumn("applications_information_request", "id", "answer");
    }

    @Bean
    EncryptedColumn decisionFreeText() {
        return new EncryptedColumn("applications_decision", "id", "free_text");
    }

    @Bean
    EncryptedColumn decisionReturnComment() {
        return new EncryptedColumn("applications_decision", "id", "return_comment");
    }

    @Bean
    EncryptedColumn appealGrounds() {
        return new EncryptedColumn("applications_appeal", "id", "grounds");
    }

    @Bean
    EncryptedColumn appealLateReason() {
        return new EncryptedColumn("applications_appeal", "id", "late_reason");
    }

    @Bean
    EncryptedColumn appealOutcomeReason() {
        return new EncryptedColumn("applications_appeal", "id", "outcome_reason");
    }
}
