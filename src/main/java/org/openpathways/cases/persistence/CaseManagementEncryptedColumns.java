package org.openpathways.cases.persistence;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of case management, for key rotation. Approvals and the ownership history are append-only, so
 * they hold no encrypted column (rotation rewrites rows).
 */
@Configuration(proxyBeanMethods = false)
class CaseManagementEncryptedColumns {

    @Bean
    EncryptedColumn caseNoteBody() {
        return new EncryptedColumn(NoteRecords.TABLE, "id", "body");
    }
}
