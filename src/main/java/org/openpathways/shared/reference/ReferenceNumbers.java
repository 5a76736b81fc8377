package org.openpathways.shared.reference;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Reference numbers such as {@code K7QM-4TXR-9}: eight random symbols and a check symbol, in groups a person can read
 * out and type on a phone. The 29 symbols leave out the ones people confuse (0 and O, 1, I and L, S and 5, U and V is
 * kept apart by dropping U); random rather than counted, so that a number tells nothing about how many others exist
 * and cannot be guessed from another one.
 *
 * <p>The check symbol is a weighted sum modulo 29, a prime: every mistake in one symbol and every swap of two
 * neighbouring symbols gives a number that is not valid, so a typing mistake is told as such instead of finding
 * nothing or, worse, someone else's record.
 */
public final class ReferenceNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRTVWXYZ";
    static final int RANDOM_SYMBOLS = 8;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private ReferenceNumbers() {}

    /** A new number, with a prefix naming what it refers to (e.g. {@code A} for applications), or none. */
    public static String generate(String prefix) {
        return generate(prefix, RANDOM);
    }

    static String generate(String prefix, RandomGenerator random) {
        StringBuilder symbols = new StringBuilder(RANDOM_SYMBOLS + 1);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        symbols.append(ALPHABET.charAt(check(symbols)));
        return format(prefix, symbols);
    }

    /**
     * The number in its canonical form when the text is one (any case, with or without spaces and dashes), or empty
     * when it is not: wrong length, a symbol that is not used, or a check symbol that does not match.
     */
    public static Optional<String> normalise(String prefix, String text) {
        if (text.length() > 40) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!compact.startsWith(prefix) || compact.length() != prefix.length() + RANDOM_SYMBOLS + 1) {
            return Optional.empty();
        }
        String symbols = compact.substring(prefix.length());
        for (int i = 0; i < symbols.length(); i++) {
            if (ALPHABET.indexOf(symbols.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        if (ALPHABET.charAt(check(symbols.substring(0, RANDOM_SYMBOLS))) != symbols.charAt(RANDOM_SYMBOLS)) {
            return Optional.empty();
        }
        return Optional.of(format(prefix, symbols));
    }

    private static int check(CharSequence symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(symbols.charAt(i));
        }
        return sum % ALPHABET.length();
    }

    private static String format(String prefix, CharSequence symbols) {
        String body = symbols.subSequence(0, 4) + "-" + symbols.subSequence(4, 8) + "-" + symbols.charAt(8);
        return prefix.isEmpty() ? body : prefix + "-" + body;
    }
}
