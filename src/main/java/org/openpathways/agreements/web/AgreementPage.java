package org.openpathways.agreements.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementView;
import org.openpathways.agreements.QuotaUse;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.Dates;

/**
 * An agreement as its pages show it, in the reader's language. {@code textLanguage} and {@code textDirection} mark the
 * title and clauses when they fall back to English, so that screen readers and the layout read them right.
 */
record AgreementPage(
        String code,
        String kindName,
        String statusKey,
        String title,
        String textLanguage,
        String textDirection,
        List<String> partners,
        List<String> sectors,
        String validFrom,
        @Nullable String validTo,
        List<String> rightsClauses,
        List<QuotaLine> quotas) {

    record QuotaLine(
            String code,
            String periodStart,
            String periodEnd,
            @Nullable String sector,
            List<String> nationalities,
            int capacity,
            int used,
            int remaining,
            int percentUsed) {}

    static AgreementPage of(AgreementView agreement, Language reader, Names names, Dates dates) {
        Language text = agreement.textLanguage(reader);
        return new AgreementPage(
                agreement.code(),
                names.kind(agreement.kind().code(), reader),
                "agreements.status." + agreement.status().code(),
                agreement.title(reader),
                text.code(),
                text.rightToLeft() ? "rtl" : "ltr",
                agreement.partners().stream()
                        .map(code -> names.country(code, reader))
                        .toList(),
                agreement.sectors().stream()
                        .map(code -> names.sector(code, reader))
                        .toList(),
                dates.date(agreement.validFrom()),
                agreement.validTo() == null ? null : dates.date(agreement.validTo()),
                agreement.rightsClauses(reader),
                agreement.quotas().stream()
                        .map(quota -> line(quota, reader, names, dates))
                        .toList());
    }

    private static QuotaLine line(QuotaUse quota, Language reader, Names names, Dates dates) {
        return new QuotaLine(
                quota.code(),
                dates.date(quota.periodStart()),
                dates.date(quota.periodEnd()),
                quota.sector() == null ? null : names.sector(quota.sector(), reader),
                quota.nationalities().stream()
                        .map(code -> names.country(code, reader))
                        .toList(),
                quota.capacity(),
                quota.used(),
                quota.remaining(),
                quota.percentUsed());
    }
}
