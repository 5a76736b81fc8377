package org.openpathways.agreements.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementKind;
import org.openpathways.agreements.AgreementStatus;
import org.openpathways.agreements.AgreementTerms;
import org.openpathways.agreements.QuotaTerms;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.text.PlainText;

/** An agreement as the API receives it, for creation and for change. */
record AgreementForm(
        @NotBlank @Size(max = 60) @Pattern(regexp = CODE) String code,

        @NotNull @Pattern(regexp = "bilateral|free-movement-protocol")
        String kind,

        @NotNull @Valid Titles titles,
        @NotEmpty @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> partners,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 60) @Pattern(regexp = CODE) String> sectors,
        @NotNull LocalDate validFrom,
        @Nullable LocalDate validTo,
        @NotNull @Valid Clauses rightsClauses,
        @NotNull @Pattern(regexp = "draft|in-force|ended") String status,
        @Nullable @Size(max = 50) List<@NotNull @Valid QuotaForm> quotas) {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The title in each language; English is required. */
    record Titles(
            @NotBlank @PlainText(max = 200) String en,
            @Nullable @PlainText(max = 200) String fr,
            @Nullable @PlainText(max = 200) String es,
            @Nullable @PlainText(max = 200) String ar) {

        Map<Language, String> byLanguage() {
            Map<Language, String> titles = new EnumMap<>(Language.class);
            put(titles, Language.ENGLISH, en);
            put(titles, Language.FRENCH, fr);
            put(titles, Language.SPANISH, es);
            put(titles, Language.ARABIC, ar);
            return titles;
        }

        private static void put(Map<Language, String> titles, Language language, @Nullable String title) {
            if (title != null && !title.isBlank()) {
                titles.put(language, title.strip());
            }
        }
    }

    /** The workers' rights clauses in each language, in order; English is required. */
    record Clauses(
            @NotEmpty @Size(max = 40) List<@NotBlank @PlainText(max = 2000) String> en,
            @Nullable @Size(max = 40) List<@NotBlank @PlainText(max = 2000) String> fr,
            @Nullable @Size(max = 40) List<@NotBlank @PlainText(max = 2000) String> es,
            @Nullable @Size(max = 40) List<@NotBlank @PlainText(max = 2000) String> ar) {

        Map<Language, List<String>> byLanguage() {
            Map<Language, List<String>> clauses = new EnumMap<>(Language.class);
            put(clauses, Language.ENGLISH, en);
            put(clauses, Language.FRENCH, fr);
            put(clauses, Language.SPANISH, es);
            put(clauses, Language.ARABIC, ar);
            return clauses;
        }

        private static void put(Map<Language, List<String>> clauses, Language language, @Nullable List<String> texts) {
            if (texts != null && !texts.isEmpty()) {
                clauses.put(language, texts.stream().map(String::strip).toList());
            }
        }
    }

    record QuotaForm(
            @NotBlank @Size(max = 60) @Pattern(regexp = CODE)
            String code,

            @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 60) @Pattern(regexp = CODE) String> pathwayCodes,

            @Nullable @Size(max = 60) @Pattern(regexp = CODE)
            String sector,

            @Nullable @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> nationalities,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull @Min(0) @Max(10_000_000) Integer capacity) {

        QuotaTerms terms() {
            return new QuotaTerms(
                    code,
                    pathwayCodes,
                    sector,
                    nationalities == null ? List.of() : nationalities,
                    periodStart,
                    periodEnd,
                    capacity);
        }
    }

    AgreementTerms terms() {
        return new AgreementTerms(
                code,
                AgreementKind.ofCode(kind).orElseThrow(),
                titles.byLanguage(),
                partners,
                sectors == null ? List.of() : sectors,
                validFrom,
                validTo,
                rightsClauses.byLanguage(),
                AgreementStatus.ofCode(status).orElseThrow(),
                quotas == null
                        ? List.of()
                        : quotas.stream().map(QuotaForm::terms).toList());
    }
}
