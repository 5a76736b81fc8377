package org.openpathways.browser;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a person's authenticator app does with the key shown at enrolment: RFC 6238 codes (HMAC-SHA-1, 30-second
 * steps, 6 digits). Written here from the RFCs rather than borrowed from the application, so that a fault in the
 * application's own implementation fails the journey.
 */
final class AuthenticatorApp {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;

    AuthenticatorApp(String base32Key) {
        this.key = decode(base32Key);
    }

    /** The code for the 30-second step {@code stepsAhead} steps after the one containing the instant. */
    String code(Instant now, int stepsAhead) {
        return code(now.getEpochSecond() / 30 + stepsAhead, 6);
    }

    String code(long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int truncated = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
            int modulus = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", truncated % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        String letters = base32.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer bytes = ByteBuffer.allocate(letters.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char letter : letters.toCharArray()) {
            int value = BASE32.indexOf(letter);
            if (value < 0) {
                throw new IllegalArgumentException("Not a Base32 key");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }
}
