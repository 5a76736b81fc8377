package org.openpathways.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void oneMailboxIsOneAddressWhateverTheCaseAndSpaces() {
        assertThat(EmailAddress.parse("  Amina.Haddad@Example.ORG "))
                .contains(EmailAddress.parse("amina.haddad@example.org").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"amina@example.org", "o'neil+visa@mail.example.co", "فاطمة@مثال.شبكة", "x@sub-domain.example"})
    void acceptsRealAddresses(String text) {
        assertThat(EmailAddress.parse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "no-at-sign",
                "a@b",
                "a@@example.org",
                "a b@example.org",
                "<script>@example.org",
                "a@example..org",
                ".a@example.org",
                "a.@example.org",
                "a@-example.org",
                "a@exa\nmple.org",
                "a\u0000@example.org"
            })
    void refusesWhatIsNotAnAddress(String text) {
        assertThat(EmailAddress.parse(text)).isEmpty();
    }

    @Test
    void refusesOverLongAddresses() {
        assertThat(EmailAddress.parse(
                        "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63)))
                .isEmpty();
    }

    @Test
    void neverPrintsTheAddress() {
        assertThat(EmailAddress.parse("secret@example.org").orElseThrow().toString())
                .doesNotContain("secret");
    }
}
