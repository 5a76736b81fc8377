package org.openpathways.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/**
 * An agreement as an administrator writes it. The English title and clauses are required; another language without a
 * title or clauses is shown in English.
 *
 * @param partners ISO 3166-1 alpha-2 codes of the partner state (bilateral) or member states (protocol)
 * @param rightsClauses the workers' rights clauses, in order, per language
 */
public record AgreementTerms(
        String code,
        AgreementKind kind,
        Map<Language, String> titles,
        List<String> partners,
        List<String> sectors,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        Map<Language, List<String>> rightsClauses,
        AgreementStatus status,
        List<QuotaTerms> quotas) {

    public AgreementTerms {
        titles = Map.copyOf(titles);
        partners = List.copyOf(partners);
        sectors = List.copyOf(sectors);
        rightsClauses = Map.copyOf(rightsClauses);
        quotas = List.copyOf(quotas);
    }
}
