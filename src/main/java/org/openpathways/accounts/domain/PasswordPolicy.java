package org.openpathways.accounts.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, following NIST SP 800-63B: length matters, composition rules do not. Long
 * passphrases in any script are welcome; very common passwords and the person's own address are refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "0123456789",
            "123456789a",
            "1q2w3e4r5t",
            "qwertyuiop",
            "password1",
            "password12",
            "password123",
            "passw0rd123",
            "iloveyou123",
            "abcdefghij",
            "aaaaaaaaaa",
            "qwerty1234",
            "1qaz2wsx3edc",
            "motdepasse",
            "contraseña",
            "contrasena",
            "azertyuiop",
            "qwertyuiop123",
            "welcome123",
            "letmein123",
            "administrator",
            "openpathways");

    private PasswordPolicy() {}

    /** Why the password is refused, as a message-key suffix, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String emailAddress) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.codePoints().distinct().count() < 4) {
            return Optional.of("too-common");
        }
        String mailbox = emailAddress.toLowerCase(Locale.ROOT);
        int at = mailbox.indexOf('@');
        String name = at > 0 ? mailbox.substring(0, at) : mailbox;
        if (lower.equals(mailbox) || (name.length() >= 4 && lower.contains(name))) {
            return Optional.of("contains-email");
        }
        return Optional.empty();
    }
}
