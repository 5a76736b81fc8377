package org.openpathways.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.reference.ReferenceNumbers;
import org.openpathways.shared.text.PlainTextValidator;

/**
 * The checks on a new case. A refusal is 422 {@code cases.invalid} naming the first field in error ({@code field}) and
 * all of them ({@code fields}), so that a form can mark each one.
 */
final class CaseChecks {

    static final Set<String> SEXES = Set.of("female", "male", "other");
    static final int MAX_LANGUAGES = 10;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private CaseChecks() {}

    /** The identity and first contact of a valid new case. */
    static Valid check(NewCase typed, LocalDate today) {
        List<String> wrong = new ArrayList<>();
        String name = text(typed.fullName(), 200, "fullName", true, wrong);
        LocalDate birth = typed.claimedBirthDate();
        if (birth != null && (birth.isAfter(today) || birth.isBefore(EARLIEST))) {
            wrong.add("claimedBirthDate");
        }
        String sex = blankToNull(typed.sex());
        if (sex != null && !SEXES.contains(sex)) {
            wrong.add("sex");
        }
        String nationality = blankToNull(typed.nationality());
        if (nationality != null) {
            nationality = nationality.toUpperCase(Locale.ROOT);
            if (!nationality.matches("[A-Z]{3}")) {
                wrong.add("nationality");
            }
        }
        List<String> languages = new ArrayList<>();
        for (String language : typed.languages() == null ? List.<String>of() : typed.languages()) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z]{2,3}") || languages.size() >= MAX_LANGUAGES) {
                wrong.add("languages");
                break;
            }
            if (!languages.contains(code)) {
                languages.add(code);
            }
        }
        String phone = blankToNull(typed.phone());
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()-]{4,24}")) {
            wrong.add("phone");
        }
        if (typed.contactPoint() == null) {
            wrong.add("contactPoint");
        }
        String place = text(typed.place(), 200, "place", true, wrong);
        LocalDate date = typed.contactDate();
        if (date == null || date.isAfter(today) || date.isBefore(EARLIEST)) {
            wrong.add("contactDate");
        }
        String application = blankToNull(typed.applicationReference());
        if (application != null) {
            application = ReferenceNumbers.normalise("A", application).orElse(null);
            if (application == null) {
                wrong.add("applicationReference");
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.unprocessable("cases.invalid")
                    .with("field", wrong.get(0))
                    .with("fields", List.copyOf(wrong));
        }
        return new Valid(
                new Identity(name, birth, sex, nationality, languages, phone),
                new FirstContact(typed.contactPoint(), place, date),
                application);
    }

    private static String text(@Nullable String value, int max, String field, boolean required, List<String> wrong) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() && required
                || PlainTextValidator.problem(stripped, max).isPresent()) {
            wrong.add(field);
        }
        return stripped;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Valid(
            Identity identity,
            FirstContact firstContact,
            @Nullable String applicationReference) {}
}
