package org.openpathways.cases.persistence;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of the cases module, for key rotation. */
@Configuration(proxyBeanMethods = false)
class CaseEncryptedColumns {

    @Bean
    EncryptedColumn caseIdentity() {
        return new EncryptedColumn(CaseRecords.TABLE, "id", "identity");
    }
}
