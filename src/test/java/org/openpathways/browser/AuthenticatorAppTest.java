package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test's own authenticator app agrees with the published RFC 6238 test vectors. */
class AuthenticatorAppTest {

    // RFC 6238, appendix B: the ASCII key "12345678901234567890", in Base32.
    private final AuthenticatorApp app = new AuthenticatorApp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    @Test
    void producesTheRfcSha1Codes() {
        assertThat(app.code(59 / 30, 8)).isEqualTo("94287082");
        assertThat(app.code(1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(app.code(20000000000L / 30, 8)).isEqualTo("65353130");
        assertThat(app.code(Instant.ofEpochSecond(1234567890), 0)).isEqualTo("005924");
    }
}
