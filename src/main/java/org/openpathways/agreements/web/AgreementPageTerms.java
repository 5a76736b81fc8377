package org.openpathways.agreements.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementKind;
import org.openpathways.agreements.AgreementStatus;
import org.openpathways.agreements.AgreementTerms;
import org.openpathways.agreements.QuotaTerms;
import org.openpathways.platform.i18n.Language;
import org.springframework.validation.BindingResult;

/**
 * Turns the administrators' page form into agreement terms, and the facade's field names back into the form's, so that
 * each refusal is shown beside the field it concerns.
 */
final class AgreementPageTerms {

    private static final Map<String, String> FORM_FIELDS = Map.of(
            "titles.en", "title",
            "rightsClauses.en", "clauses",
            "quotas[0].code", "quotaCode",
            "quotas[0].pathwayCodes", "quotaPathway",
            "quotas[0].periodEnd", "quotaEnd",
            "quotas[0].capacity", "quotaCapacity",
            "quotas[0].sector", "sectors");

    private AgreementPageTerms() {}

    /** The terms, or empty with the problems recorded on the form. */
    static Optional<AgreementTerms> of(AgreementPageForm form, BindingResult result) {
        LocalDate validFrom = date(form.getValidFrom(), "validFrom", result);
        LocalDate validTo = form.getValidTo().isBlank() ? null : date(form.getValidTo(), "validTo", result);
        List<QuotaTerms> quotas = List.of();
        if (!form.getQuotaCode().isBlank()) {
            for (String field : List.of("quotaPathway", "quotaStart", "quotaEnd", "quotaCapacity")) {
                if (((String) result.getFieldValue(field)).isBlank()) {
                    result.rejectValue(field, "agreements.form.quota.incomplete");
                }
            }
            LocalDate start = date(form.getQuotaStart(), "quotaStart", result);
            LocalDate end = date(form.getQuotaEnd(), "quotaEnd", result);
            if (result.hasErrors()) {
                return Optional.empty();
            }
            List<String> sectors = codes(form.getSectors());
            quotas = List.of(new QuotaTerms(
                    form.getQuotaCode(),
                    List.of(form.getQuotaPathway()),
                    sectors.size() == 1 ? sectors.get(0) : null,
                    List.of(),
                    start,
                    end,
                    Integer.parseInt(form.getQuotaCapacity())));
        }
        if (result.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AgreementTerms(
                form.getCode(),
                AgreementKind.ofCode(form.getKind()).orElseThrow(),
                Map.of(Language.ENGLISH, form.getTitle().strip()),
                codes(form.getPartners().toUpperCase(Locale.ROOT)),
                codes(form.getSectors()),
                validFrom,
                validTo,
                Map.of(Language.ENGLISH, clauses(form.getClauses())),
                AgreementStatus.ofCode(form.getStatus()).orElseThrow(),
                quotas));
    }

    /** The form's field for a field the facade names; null when the form has none (a refusal of the whole form). */
    static @Nullable String formField(String facadeField) {
        if (FORM_FIELDS.containsKey(facadeField)) {
            return FORM_FIELDS.get(facadeField);
        }
        return List.of("code", "partners", "sectors", "validTo").contains(facadeField) ? facadeField : null;
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }

    private static List<String> clauses(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static @Nullable LocalDate date(String text, String field, BindingResult result) {
        if (text.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            result.rejectValue(field, "agreements.form.date.invalid");
            return null;
        }
    }
}
