package org.openpathways.applications.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.DecisionLetter;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.RuleTexts;
import org.openpathways.platform.i18n.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a decision letter in one language: the same words on the page, in the PDF and in the API. */
@Component
class LetterTexts {

    private final MessageSource messages;
    private final RuleTexts rules;
    private final PathwayCatalogue catalogue;
    private final ZoneId zone;

    LetterTexts(
            MessageSource messages,
            RuleTexts rules,
            PathwayCatalogue catalogue,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone) {
        this.messages = messages;
        this.rules = rules;
        this.catalogue = catalogue;
        this.zone = zone;
    }

    /**
     * A letter as written.
     *
     * @param reasons each reason, in plain words
     * @param permitNumber the number of the permit issued, for an approval
     * @param appeal the appeal rights, deadline and how to appeal; empty for an approval
     */
    record Letter(
            String language,
            boolean rightToLeft,
            String reference,
            String title,
            String date,
            String addressee,
            String pathway,
            String outcome,
            boolean approved,
            List<String> reasons,
            @Nullable String permit,
            @Nullable String permitNumber,
            List<String> appeal,
            @Nullable String appealStatus) {}

    Letter write(DecisionLetter letter, Locale locale) {
        Language language = Language.of(locale);
        String pathway = catalogue
                .definition(letter.pathwayCode(), letter.pathwayVersion())
                .map(definition -> definition.text(language).title())
                .orElse(letter.pathwayCode());
        List<String> reasons = new ArrayList<>();
        letter.criteria().forEach(criterion -> reasons.add(rules.reason(criterion.reason(), locale)));
        letter.grounds().forEach(ground -> reasons.add(text("applications.ground." + ground, locale)));
        if (letter.freeText() != null) {
            reasons.add(letter.freeText());
        }
        List<String> appeal = new ArrayList<>();
        if (!letter.approved() && letter.appealDeadline() != null) {
            appeal.add(text("applications.letter.appeal.right", locale));
            appeal.add(messages.getMessage(
                    "applications.letter.appeal.deadline",
                    new Object[] {date(letter.appealDeadline(), locale)},
                    locale));
            appeal.add(text("applications.letter.appeal.how", locale));
            appeal.add(text("applications.letter.appeal.late", locale));
        }
        return new Letter(
                language.code(),
                language.rightToLeft(),
                letter.reference(),
                messages.getMessage("applications.letter.title", new Object[] {letter.reference()}, locale),
                date(LocalDate.ofInstant(letter.decidedAt(), zone), locale),
                letter.applicantName(),
                pathway,
                text(letter.approved() ? "applications.letter.approved" : "applications.letter.refused", locale),
                letter.approved(),
                reasons,
                letter.permitNumber() == null
                        ? null
                        : messages.getMessage(
                                "applications.letter.permit", new Object[] {letter.permitNumber()}, locale),
                letter.permitNumber(),
                appeal,
                letter.appealStatus() == null
                        ? null
                        : text("applications.appeal.status." + letter.appealStatus(), locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }
}
