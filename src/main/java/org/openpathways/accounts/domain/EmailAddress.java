package org.openpathways.accounts.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as accounts use it: trimmed and lower-cased, so that one person cannot hold two accounts by
 * changing letter case, and checked to be a plausible mailbox (a name, an @, a domain with a dot). Its
 * {@code toString} hides the address so that it cannot reach a log by accident.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile(
            "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)+");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** The address, if the text is one. */
    public static Optional<EmailAddress> parse(String text) {
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_LENGTH
                || !SHAPE.matcher(normalised).matches()
                || normalised.startsWith(".")
                || normalised.contains("..")
                || normalised.contains(".@")) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(normalised));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress address && address.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "EmailAddress[hidden]";
    }
}
