package org.openpathways.agreements;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.text.PlainTextValidator;

/** What makes an agreement's terms acceptable beyond their form: codes, countries, dates, texts and quotas. */
final class TermsCheck {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_CLAUSE_LENGTH = 2000;
    static final int MAX_CLAUSES = 40;
    static final int MAX_CAPACITY = 10_000_000;

    private TermsCheck() {}

    /** @throws ProblemException 422 {@code agreements.terms-invalid} naming the {@code field} */
    static void check(AgreementTerms terms) {
        require(Codes.isCode(terms.code()), "code");
        require(!terms.partners().isEmpty() && terms.partners().stream().allMatch(Codes::isCountry), "partners");
        require(distinct(terms.partners()), "partners");
        require(terms.sectors().stream().allMatch(Codes::isCode) && distinct(terms.sectors()), "sectors");
        require(terms.validTo() == null || !terms.validTo().isBefore(terms.validFrom()), "validTo");
        checkTexts(terms.titles(), terms.rightsClauses());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < terms.quotas().size(); i++) {
            QuotaTerms quota = terms.quotas().get(i);
            String field = "quotas[" + i + "].";
            require(Codes.isCode(quota.code()) && codes.add(quota.code()), field + "code");
            require(
                    !quota.pathwayCodes().isEmpty()
                            && quota.pathwayCodes().stream().allMatch(Codes::isCode)
                            && distinct(quota.pathwayCodes()),
                    field + "pathwayCodes");
            require(quota.sector() == null || Codes.isCode(quota.sector()), field + "sector");
            require(
                    terms.partners().containsAll(quota.nationalities()) && distinct(quota.nationalities()),
                    field + "nationalities");
            require(!quota.periodEnd().isBefore(quota.periodStart()), field + "periodEnd");
            require(quota.capacity() >= 0 && quota.capacity() <= MAX_CAPACITY, field + "capacity");
        }
    }

    private static void checkTexts(Map<Language, String> titles, Map<Language, List<String>> clauses) {
        String english = titles.get(Language.ENGLISH);
        List<String> englishClauses = clauses.getOrDefault(Language.ENGLISH, List.of());
        require(english != null, "titles.en");
        require(!englishClauses.isEmpty(), "rightsClauses.en");
        for (Language language : Language.values()) {
            String title = titles.get(language);
            List<String> translated = clauses.getOrDefault(language, List.of());
            require(title == null || plain(title, MAX_TITLE_LENGTH), "titles." + language.code());
            // A language is complete or absent, so that a reader never sees a title in one language and clauses in
            // another.
            require(
                    title == null
                            ? translated.isEmpty()
                            : translated.size() == englishClauses.size() && translated.size() <= MAX_CLAUSES,
                    "rightsClauses." + language.code());
            require(
                    translated.stream().allMatch(clause -> plain(clause, MAX_CLAUSE_LENGTH)),
                    "rightsClauses." + language.code());
        }
    }

    private static boolean plain(String text, int max) {
        return !text.isBlank() && PlainTextValidator.problem(text, max).isEmpty();
    }

    private static boolean distinct(List<String> values) {
        return new HashSet<>(values).size() == values.size();
    }

    private static void require(boolean condition, String field) {
        if (!condition) {
            throw ProblemException.unprocessable("agreements.terms-invalid", field)
                    .with("field", field);
        }
    }
}
