package org.openpathways.agreements.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementView;
import org.openpathways.agreements.QuotaUse;
import org.openpathways.platform.i18n.Language;

/**
 * An agreement as the API shows it: title and clauses in the reader's language (and {@code textLanguage} saying which
 * it is), the texts in every language written, and each quota's use now. Quota numbers are counts, never people.
 */
record AgreementJson(
        String code,
        String kind,
        String status,
        String title,
        String textLanguage,
        List<Named> partners,
        List<Named> sectors,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        List<String> rightsClauses,
        List<QuotaJson> quotas,
        Map<String, Texts> texts,
        long version) {

    record Named(String code, String name) {}

    record Texts(String title, List<String> rightsClauses) {}

    record QuotaJson(
            String code,
            List<String> pathwayCodes,
            @Nullable String sector,
            List<String> nationalities,
            LocalDate periodStart,
            LocalDate periodEnd,
            int capacity,
            int used,
            int remaining) {

        static QuotaJson of(QuotaUse quota) {
            return new QuotaJson(
                    quota.code(),
                    quota.pathwayCodes(),
                    quota.sector(),
                    quota.nationalities(),
                    quota.periodStart(),
                    quota.periodEnd(),
                    quota.capacity(),
                    quota.used(),
                    quota.remaining());
        }
    }

    static AgreementJson of(AgreementView agreement, Language reader, Names names) {
        Map<String, Texts> texts = new LinkedHashMap<>();
        agreement
                .titles()
                .forEach((language, title) -> texts.put(
                        language.code(),
                        new Texts(title, agreement.rightsClauses().getOrDefault(language, List.of()))));
        return new AgreementJson(
                agreement.code(),
                agreement.kind().code(),
                agreement.status().code(),
                agreement.title(reader),
                agreement.textLanguage(reader).code(),
                agreement.partners().stream()
                        .map(code -> new Named(code, names.country(code, reader)))
                        .toList(),
                agreement.sectors().stream()
                        .map(code -> new Named(code, names.sector(code, reader)))
                        .toList(),
                agreement.validFrom(),
                agreement.validTo(),
                agreement.rightsClauses(reader),
                agreement.quotas().stream().map(QuotaJson::of).toList(),
                texts,
                agreement.version());
    }
}
