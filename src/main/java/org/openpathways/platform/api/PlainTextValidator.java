package org.openpathways.platform.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PlainText}. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlain(value);
    }

    public static boolean isPlain(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD') {
                return false;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (c == '<' && i + 1 < length && startsMarkup(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsMarkup(char next) {
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }
}
