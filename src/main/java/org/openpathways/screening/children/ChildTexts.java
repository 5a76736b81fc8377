package org.openpathways.screening.children;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.text.PlainTextValidator;

/** Checks of the free texts typed into the children's forms. */
final class ChildTexts {

    private ChildTexts() {}

    /** A required text of at most {@code max} characters; line breaks are fine, markup and control characters not. */
    static String required(@Nullable String value, int max, String field, List<String> wrong) {
        String text = value == null ? "" : value.strip();
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (text.isEmpty() || PlainTextValidator.problem(flat, max).isPresent()) {
            wrong.add(field);
        }
        return text;
    }

    static @Nullable String optional(@Nullable String value, String field, List<String> wrong) {
        return optional(value, Children.MAX_TEXT, field, wrong);
    }

    static @Nullable String optional(@Nullable String value, int max, String field, List<String> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, max, field, wrong);
    }

    static @Nullable UUID uuid(@Nullable String text) {
        if (text == null || !text.matches("[0-9a-fA-F-]{36}")) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    static BestInterestsForm stripped(BestInterestsForm form) {
        return new BestInterestsForm(
                strip(form.safety()),
                strip(form.care()),
                strip(form.health()),
                strip(form.education()),
                strip(form.childViews()),
                strip(form.family()),
                strip(form.recommendation()));
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void refuse(List<String> wrong) {
        if (!wrong.isEmpty()) {
            throw ProblemException.unprocessable("screening.child-invalid")
                    .with("field", wrong.get(0))
                    .with("fields", List.copyOf(wrong));
        }
    }
}
