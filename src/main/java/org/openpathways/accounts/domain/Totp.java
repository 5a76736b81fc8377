package org.openpathways.accounts.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): six digits, 30-second steps, HMAC-SHA-1, as every
 * authenticator app expects. A code is accepted one step early or late for clock drift, and never twice.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int ALLOWED_DRIFT_STEPS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new shared secret of 160 bits, Base32-encoded as authenticator apps expect. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /**
     * The time step a code matches, if it is valid at {@code now} and newer than the last step already used.
     *
     * @param lastUsedStep the step of the last accepted code, to refuse replays; {@code null} if none
     */
    public static OptionalLong verify(String base32Secret, String code, Instant now, Long lastUsedStep) {
        String digits = code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] secret = Base32.decode(base32Secret);
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && constantTimeEquals(code(secret, step), digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a time step (RFC 4226 dynamic truncation). */
    static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-1 is not available", e);
        }
    }

    /** The code valid at an instant, as an authenticator app would show it. */
    public static String codeAt(String base32Secret, Instant instant) {
        return code(Base32.decode(base32Secret), instant.getEpochSecond() / STEP_SECONDS);
    }

    /** The {@code otpauth://} URI that authenticator apps read from a QR code. */
    public static String provisioningUri(String issuer, String accountLabel, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountLabel);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
