package org.openpathways.platform.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void keysAreOneTo255PrintableAsciiCharacters() {
        assertThat(IdempotencyKey.parse("8e03978e-40d5-43e8-bc93-6894a57f9324")).isPresent();
        assertThat(IdempotencyKey.parse("\"quoted key\" ~!")).isPresent();
        assertThat(IdempotencyKey.parse("k".repeat(255))).isPresent();
        assertThat(IdempotencyKey.parse("")).isEmpty();
        assertThat(IdempotencyKey.parse("k".repeat(256))).isEmpty();
        assertThat(IdempotencyKey.parse("tab\there")).isEmpty();
        assertThat(IdempotencyKey.parse("clé")).isEmpty();
        assertThat(IdempotencyKey.parse("nul\u0000")).isEmpty();
    }
}
