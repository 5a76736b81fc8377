package org.openpathways.accounts.persistence;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account columns that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class AccountEncryptedColumns {

    @Bean
    EncryptedColumn accountEmail() {
        return new EncryptedColumn(StoredAccounts.TABLE, "id", "email");
    }

    @Bean
    EncryptedColumn accountDisplayName() {
        return new EncryptedColumn(StoredAccounts.TABLE, "id", "display_name");
    }

    @Bean
    EncryptedColumn accountTotpSecret() {
        return new EncryptedColumn(StoredAccounts.TABLE, "id", "totp_secret");
    }
}
