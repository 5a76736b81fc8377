package org.openpathways.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void welcomesLongPassphrasesInAnyScript() {
        assertThat(PasswordPolicy.problem("river stone garden", "a@example.org"))
                .isEmpty();
        assertThat(PasswordPolicy.problem("نهر حجر حديقة شمس", "a@example.org")).isEmpty();
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(PasswordPolicy.problem("short", "a@example.org")).contains("too-short");
        assertThat(PasswordPolicy.problem("x".repeat(129) + "yz12", "a@example.org"))
                .contains("too-long");
        assertThat(PasswordPolicy.problem("Password123", "a@example.org")).contains("too-common");
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", "a@example.org")).contains("too-common");
        assertThat(PasswordPolicy.problem("amina.haddad2026", "amina.haddad@example.org"))
                .contains("contains-email");
    }
}
