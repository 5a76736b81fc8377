package org.openpathways.screening.children;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of children's records, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ChildEncryptedColumns {

    @Bean
    EncryptedColumn ageAssessmentNotes() {
        return new EncryptedColumn(ChildRecords.AGE, "id", "notes");
    }

    @Bean
    EncryptedColumn guardianPerson() {
        return new EncryptedColumn(ChildRecords.GUARDIAN, "id", "person");
    }

    @Bean
    EncryptedColumn interviewRepresentative() {
        return new EncryptedColumn(ChildRecords.INTERVIEW, "id", "representative");
    }

    @Bean
    EncryptedColumn interviewSummary() {
        return new EncryptedColumn(ChildRecords.INTERVIEW, "id", "summary");
    }

    @Bean
    EncryptedColumn bestInterestsForm() {
        return new EncryptedColumn(ChildRecords.ASSESSMENT, "id", "form");
    }

    @Bean
    EncryptedColumn determinationDecision() {
        return new EncryptedColumn(ChildRecords.DETERMINATION, "id", "decision");
    }

    @Bean
    EncryptedColumn panelMemberView() {
        return new EncryptedColumn(ChildRecords.PANEL, "id", "view");
    }
}
