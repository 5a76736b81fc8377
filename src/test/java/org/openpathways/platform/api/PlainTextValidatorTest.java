package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

    @Test
    void ordinaryTextInEveryScriptIsPlain() {
        assertThat(PlainTextValidator.isPlain("Zoë O'Brien; salary < 3 000 € — 1 > 0"))
                .isTrue();
        assertThat(PlainTextValidator.isPlain("عامل منزلي\nسنتان")).isTrue();
        assertThat(PlainTextValidator.isPlain("emoji \uD83D\uDE00 and tabs\t")).isTrue();
        assertThat(PlainTextValidator.isPlain("x' OR '1'='1")).isTrue();
    }

    @Test
    void markupControlCharactersAndBrokenEncodingAreNot() {
        assertThat(PlainTextValidator.isPlain("<script>alert(1)</script>")).isFalse();
        assertThat(PlainTextValidator.isPlain("a</b")).isFalse();
        assertThat(PlainTextValidator.isPlain("<!-- x")).isFalse();
        assertThat(PlainTextValidator.isPlain("nul\u0000")).isFalse();
        assertThat(PlainTextValidator.isPlain("escape \u001b[31m")).isFalse();
        assertThat(PlainTextValidator.isPlain("caf\uFFFD")).isFalse();
        assertThat(PlainTextValidator.isPlain("lone \uD800 surrogate")).isFalse();
        assertThat(PlainTextValidator.isPlain("lone \uDC00 surrogate")).isFalse();
    }
}
