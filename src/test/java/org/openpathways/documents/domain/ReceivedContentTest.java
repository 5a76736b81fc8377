package org.openpathways.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReceivedContentTest {

    @Test
    void keepsTheBytesAndTheirSha256() throws Exception {
        var received = ReceivedContent.read(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 10);
        assertThat(received.bytes()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
        assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void contentOfExactlyTheMaximumIsAccepted() throws Exception {
        assertThat(ReceivedContent.read(new ByteArrayInputStream(new byte[1000]), 1000)
                        .bytes())
                .hasSize(1000);
    }

    @Test
    void stopsReadingOneBytePastTheMaximumWhateverTheSenderDeclared() {
        var endless = new CountingEndlessStream();
        assertThatThrownBy(() -> ReceivedContent.read(endless, 1000)).isInstanceOf(ContentTooLarge.class);
        assertThat(endless.served).isEqualTo(1001);
    }

    /** A sender that never stops: only the limit ends the reading. */
    private static final class CountingEndlessStream extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            served += length;
            return length;
        }
    }
}
