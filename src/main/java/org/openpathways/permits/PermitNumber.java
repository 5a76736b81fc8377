package org.openpathways.permits;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A permit's number: eleven random characters and a check character, shown in groups of four ({@code 7KQM-3XH9-PWT2}).
 *
 * <p>The characters are Crockford's base 32 (digits and upper-case letters without I, L, O and U), so a number read
 * aloud or copied by hand is not misread; typed input is normalised (case, spaces, dashes, O for 0, I and L for 1). The
 * numbers are random, 55 bits, so that nobody can find holders by trying numbers in sequence. The check character is
 * computed with Damm's algorithm over the field of 32 elements: every single-character change and every swap of two
 * adjacent characters gives a number that is not valid, so a typing mistake is told apart from an unknown permit
 * before anything is looked up.
 */
public final class PermitNumber {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private PermitNumber(String value) {
        this.value = value;
    }

    /** A fresh random number. */
    public static PermitNumber generate() {
        StringBuilder number = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        number.append(checkCharacter(number));
        return new PermitNumber(number.toString());
    }

    /** The number a person typed, normalised; empty when it is not a well-formed number with a correct check character. */
    public static Optional<PermitNumber> parse(String typed) {
        if (typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder number = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u00a0') {
                continue;
            }
            char read = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            number.append(read);
        }
        if (number.length() != LENGTH || checkState(number) != 0) {
            return Optional.empty();
        }
        return Optional.of(new PermitNumber(number.toString()));
    }

    /** The twelve characters without separators, as stored and used in web addresses. */
    public String value() {
        return value;
    }

    /** In groups of four, as printed. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    static char checkCharacter(CharSequence payload) {
        return ALPHABET.charAt(timesTwo(checkState(payload)));
    }

    /** Damm's running state with the quasigroup x∘y = 2x + y in GF(32); zero after a valid number. */
    private static int checkState(CharSequence symbols) {
        int state = 0;
        for (int i = 0; i < symbols.length(); i++) {
            state = timesTwo(state) ^ ALPHABET.indexOf(symbols.charAt(i));
        }
        return state;
    }

    /** Multiplication by x in GF(2^5) modulo the irreducible x^5 + x^2 + 1. */
    private static int timesTwo(int element) {
        int shifted = element << 1;
        return (shifted & 0x20) != 0 ? shifted ^ 0x25 : shifted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PermitNumber number && number.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
