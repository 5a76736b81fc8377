package org.openpathways.referrals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.PlainTextValidator;
import org.openpathways.platform.api.ProblemException;

/** Checks of what people type into the referrals module; each refusal is a 422 naming the field. */
final class Inputs {

    static final int MAX_TEXT = 2000;

    private Inputs() {}

    static ProblemException invalid(String type, String field) {
        return ProblemException.unprocessable("referrals." + type).with("field", field);
    }

    /** A person's text, stripped; null or blank gives null. */
    static @Nullable String optionalText(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > max || !PlainTextValidator.isPlain(stripped)) {
            throw invalid("text-invalid", field);
        }
        return stripped;
    }

    static String requiredText(@Nullable String text, String field, String missingType) {
        String checked = optionalText(text, field, MAX_TEXT);
        if (checked == null) {
            throw invalid(missingType, field);
        }
        return checked;
    }

    /** Category codes, each from the closed list; none at all, or an unknown code, is refused. */
    static Set<DataCategory> categories(List<String> codes) {
        if (codes.isEmpty()) {
            throw invalid("categories-missing", "categories");
        }
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (String code : codes) {
            categories.add(DataCategory.ofCode(code == null ? "" : code)
                    .orElseThrow(() -> invalid("category-unknown", "categories")));
        }
        return categories;
    }
}
