package org.openpathways.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/** An agreement with its texts in every language it has and the live use of its quotas. */
public record AgreementView(
        String code,
        AgreementKind kind,
        Map<Language, String> titles,
        List<String> partners,
        List<String> sectors,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        Map<Language, List<String>> rightsClauses,
        AgreementStatus status,
        List<QuotaUse> quotas,
        long version) {

    public AgreementView {
        titles = Map.copyOf(titles);
        partners = List.copyOf(partners);
        sectors = List.copyOf(sectors);
        rightsClauses = Map.copyOf(rightsClauses);
        quotas = List.copyOf(quotas);
    }

    /** The language the title and clauses are shown in for a reader: theirs when written in it, else English. */
    public Language textLanguage(Language reader) {
        return titles.containsKey(reader) ? reader : Language.fallback();
    }

    public String title(Language reader) {
        return titles.getOrDefault(textLanguage(reader), code);
    }

    public List<String> rightsClauses(Language reader) {
        return rightsClauses.getOrDefault(textLanguage(reader), List.of());
    }
}
