package org.openpathways.applications;

import java.util.Locale;
import java.util.UUID;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Registration;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real applicant accounts for tests, so that the e-mails an application sends have somewhere to go. */
final class TestApplicants {

    private TestApplicants() {}

    /** Registers an applicant with this address and returns their account. */
    static UUID register(
            Accounts accounts, FieldEncryption encryption, JdbcClient jdbc, String email, Language language) {
        accounts.register(new Registration(email, "a long enough passphrase", "Test Applicant", language));
        return jdbc.sql("select id from accounts_account where email_index = :index")
                .param("index", encryption.blindIndex(email.toLowerCase(Locale.ROOT), "accounts_account.email_index"))
                .query(UUID.class)
                .single();
    }

    static String email() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
    }

    static RequestPostProcessor as(UUID account, String... roles) {
        return SecurityMockMvcRequestPostProcessors.user(account.toString())
                .roles(roles.length == 0 ? new String[] {"APPLICANT"} : roles);
    }
}
