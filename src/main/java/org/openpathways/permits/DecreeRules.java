package org.openpathways.permits;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.text.PlainTextValidator;
import org.springframework.stereotype.Component;

/** What a decree draft must be: the checks both doors show field by field, and the facade enforces. */
@Component
class DecreeRules {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_LEGAL_BASIS_LENGTH = 2000;
    static final int MAX_MONTHS = 120;
    static final int MAX_DAYS = 3660;
    static final int MAX_CODES = 300;
    private static final Pattern PATHWAY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final PermitTypes types;

    DecreeRules(PermitTypes types) {
        this.types = types;
    }

    List<DecreeDraft.Problem> problems(DecreeDraft draft) {
        List<DecreeDraft.Problem> problems = new ArrayList<>();
        text(draft.title(), MAX_TITLE_LENGTH, "title", problems);
        text(draft.legalBasis(), MAX_LEGAL_BASIS_LENGTH, "legalBasis", problems);
        List<String> permitTypes = orEmpty(draft.permitTypes());
        if (permitTypes.isEmpty()) {
            problems.add(problem("permitTypes", "decrees.types.missing"));
        } else if (permitTypes.size() > MAX_CODES
                || permitTypes.stream().anyMatch(code -> code == null || !knownType(code))) {
            problems.add(problem("permitTypes", "decrees.types.unknown"));
        }
        if (draft.expiringFrom() == null) {
            problems.add(problem("expiringFrom", "decrees.window.from-missing"));
        }
        if (draft.expiringTo() == null) {
            problems.add(problem("expiringTo", "decrees.window.to-missing"));
        } else if (draft.expiringFrom() != null && draft.expiringFrom().isAfter(draft.expiringTo())) {
            problems.add(problem("expiringTo", "decrees.window.reversed"));
        }
        List<String> nationalities = orEmpty(draft.nationalities());
        if (nationalities.size() > MAX_CODES
                || nationalities.stream()
                        .anyMatch(code -> code == null
                                || code.length() > 3
                                || Nationalities.alpha3(code).isEmpty())) {
            problems.add(problem("nationalities", "decrees.nationalities.unknown"));
        }
        if (draft.requiredFact() != null
                && !draft.requiredFact().isBlank()
                && !Permits.FACT.matcher(draft.requiredFact().strip()).matches()) {
            problems.add(problem("requiredFact", "decrees.fact.invalid"));
        }
        extensionProblems(draft, problems);
        return problems;
    }

    private void extensionProblems(DecreeDraft draft, List<DecreeDraft.Problem> problems) {
        boolean duration = draft.extensionMonths() != null || draft.extensionDays() != null;
        if (draft.newValidUntil() != null && duration) {
            problems.add(problem("newValidUntil", "decrees.extension.both"));
        } else if (draft.newValidUntil() == null && !duration) {
            problems.add(problem("newValidUntil", "decrees.extension.missing"));
        } else if (duration) {
            int months = Objects.requireNonNullElse(draft.extensionMonths(), 0);
            int days = Objects.requireNonNullElse(draft.extensionDays(), 0);
            if (months < 0 || months > MAX_MONTHS) {
                problems.add(problem("extensionMonths", "decrees.extension.months-range"));
            }
            if (days < 0 || days > MAX_DAYS) {
                problems.add(problem("extensionDays", "decrees.extension.days-range"));
            }
            if (months == 0 && days == 0) {
                problems.add(problem("extensionMonths", "decrees.extension.zero"));
            }
        } else if (draft.expiringFrom() != null && !draft.newValidUntil().isAfter(draft.expiringFrom())) {
            problems.add(problem("newValidUntil", "decrees.extension.too-early"));
        }
    }

    DecreeSelection selection(DecreeDraft draft) {
        String fact = draft.requiredFact();
        return new DecreeSelection(
                orEmpty(draft.permitTypes()).stream().distinct().toList(),
                Objects.requireNonNull(draft.expiringFrom()),
                Objects.requireNonNull(draft.expiringTo()),
                orEmpty(draft.nationalities()).stream()
                        .map(code -> Nationalities.alpha3(code).orElseThrow())
                        .distinct()
                        .toList(),
                fact == null || fact.isBlank() ? null : fact.strip());
    }

    DecreeExtension extension(DecreeDraft draft) {
        return draft.newValidUntil() != null
                ? DecreeExtension.until(draft.newValidUntil())
                : DecreeExtension.by(
                        Objects.requireNonNullElse(draft.extensionMonths(), 0),
                        Objects.requireNonNullElse(draft.extensionDays(), 0));
    }

    private boolean knownType(String code) {
        return PATHWAY_CODE.matcher(code).matches() && types.definition(code).isPresent();
    }

    private static void text(@Nullable String value, int max, String field, List<DecreeDraft.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(problem(field, "decrees." + field + ".missing"));
        } else if (PlainTextValidator.problem(value.strip(), max).isPresent()) {
            problems.add(problem(field, "decrees." + field + ".invalid"));
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static DecreeDraft.Problem problem(String field, String key) {
        return new DecreeDraft.Problem(field, key);
    }
}
