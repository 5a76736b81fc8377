package org.openpathways.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 secret of RFC 6238's test vectors, "12345678901234567890". */
    static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void matchesTheRfc6238TestVectors(long seconds, String code) {
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(code);
    }

    @Test
    void acceptsACodeOneStepEarlyOrLateButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String previous = Totp.codeAt(RFC_SECRET, now.minusSeconds(30));
        String tooOld = Totp.codeAt(RFC_SECRET, now.minusSeconds(90));
        assertThat(Totp.verify(RFC_SECRET, previous, now, null)).isPresent();
        assertThat(Totp.verify(RFC_SECRET, tooOld, now, null)).isEmpty();
    }

    @Test
    void aCodeIsNeverAcceptedTwice() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = Totp.codeAt(RFC_SECRET, now);
        long step = Totp.verify(RFC_SECRET, code, now, null).orElseThrow();
        assertThat(Totp.verify(RFC_SECRET, code, now, step)).isEmpty();
    }

    @Test
    void refusesCodesThatAreNotSixDigits() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(Totp.verify(RFC_SECRET, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now, null)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "' or 1=1", now, null)).isEmpty();
    }

    @Test
    void newSecretsAreRandomAndReadableByAuthenticatorApps() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.provisioningUri("OpenPathways", "a@example.org", secret))
                .startsWith("otpauth://totp/OpenPathways:a%40example.org?secret=" + secret);
    }
}
