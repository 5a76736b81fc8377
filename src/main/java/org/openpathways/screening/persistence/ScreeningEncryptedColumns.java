package org.openpathways.screening.persistence;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of screenings, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ScreeningEncryptedColumns {

    @Bean
    EncryptedColumn screeningAnswers() {
        return new EncryptedColumn(ScreeningRecords.TABLE, "id", "answers");
    }

    @Bean
    EncryptedColumn screeningResult() {
        return new EncryptedColumn(ScreeningRecords.TABLE, "id", "result");
    }
}
