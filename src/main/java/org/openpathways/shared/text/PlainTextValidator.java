package org.openpathways.shared.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link PlainText}; each refusal names its reason so the message can say what to change. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private int max;

    @Override
    public void initialize(PlainText annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = problem(value, max);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{validation.plain-text." + problem.get() + "}")
                .addConstraintViolation();
        return false;
    }

    /**
     * What is wrong with a text, if anything: {@code too-long}, {@code markup}, {@code control} or {@code encoding}.
     */
    public static Optional<String> problem(String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            return Optional.of("too-long");
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (codePoint == '\uFFFD'
                    || Character.isSurrogate(value.charAt(i)) && !Character.isSupplementaryCodePoint(codePoint)) {
                return Optional.of("encoding");
            }
            if (codePoint == '<' || codePoint == '>') {
                return Optional.of("markup");
            }
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || codePoint == '\u2028'
                    || codePoint == '\u2029') {
                return Optional.of("control");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }
}
