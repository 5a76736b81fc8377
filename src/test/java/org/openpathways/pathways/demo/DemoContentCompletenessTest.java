package org.openpathways.pathways.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.platform.i18n.Language;

/**
 * The demonstration catalogue is what newcomers and reviewers read first: every pathway must be complete in every
 * language, and no language may fall back on English.
 */
class DemoContentCompletenessTest {

    private final List<PathwayDefinition> pathways = DemoCatalogue.definitions();

    @Test
    void atLeastEightPathwaysCoverEveryCategory() {
        assertThat(pathways).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pathways.stream().map(PathwayDefinition::category))
                .containsAll(EnumSet.allOf(PathwayCategory.class));
        assertThat(pathways.stream().map(PathwayDefinition::code)).doesNotHaveDuplicates();
    }

    @Test
    void everyPathwayHasEligibilityRulesThatDoNotNeedAQuota() {
        assertThat(pathways).allSatisfy(pathway -> {
            assertThat(pathway.eligibility()).as(pathway.code()).isNotNull();
            // Nobody checking anonymously can say how many places a quota has left.
            assertThat(pathway.eligibility().requiredFacts())
                    .as(pathway.code())
                    .noneMatch(fact -> fact.name().startsWith("quota."));
        });
    }

    @Test
    void everyPathwayHasEveryTextInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (PathwayDefinition pathway : pathways) {
            for (Language language : Language.values()) {
                PathwayText text = pathway.texts().get(language);
                String where = pathway.code() + "/" + language.code();
                if (text == null) {
                    missing.add(where);
                    continue;
                }
                blank(missing, where + ".title", text.title());
                blank(missing, where + ".summary", text.summary());
                blank(missing, where + ".permitName", text.permitName());
                if (text.whoCanApply().isEmpty()) missing.add(where + ".whoCanApply");
                if (text.documents().isEmpty()) missing.add(where + ".documents");
                if (text.permitConditions().isEmpty()) missing.add(where + ".permitConditions");
                for (Fee fee : pathway.fees()) {
                    blank(
                            missing,
                            where + ".fees." + fee.code(),
                            text.feeNames().get(fee.code()));
                }
                if (!pathway.fees().isEmpty() && text.feeWaivers().isEmpty()) {
                    missing.add(where + ".feeWaivers");
                }
                if (pathway.decisionTime().extendable()) {
                    blank(missing, where + ".decisionExtension", text.decisionExtension());
                }
            }
        }
        assertThat(missing).as("missing texts").isEmpty();
    }

    @Test
    void noTranslationRepeatsTheEnglishText() {
        List<String> untranslated = new ArrayList<>();
        for (PathwayDefinition pathway : pathways) {
            List<String> english = strings(pathway.text(Language.ENGLISH));
            for (Language language : List.of(Language.FRENCH, Language.SPANISH, Language.ARABIC)) {
                List<String> translated = strings(pathway.text(language));
                assertThat(translated)
                        .as(pathway.code() + "/" + language.code())
                        .hasSameSizeAs(english);
                for (int i = 0; i < english.size(); i++) {
                    if (translated.get(i).equals(english.get(i))) {
                        untranslated.add(pathway.code() + "/" + language.code() + ": " + english.get(i));
                    }
                }
            }
        }
        assertThat(untranslated).as("texts left in English").isEmpty();
    }

    @Test
    void arabicTextsAreWrittenInArabicScript() {
        for (PathwayDefinition pathway : pathways) {
            for (String text : strings(pathway.text(Language.ARABIC))) {
                long arabicLetters = text.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                        .count();
                long latinLetters = text.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                        .count();
                assertThat(arabicLetters)
                        .as(pathway.code() + ": " + text)
                        .isGreaterThan(0)
                        .isGreaterThan(latinLetters * 4);
            }
        }
    }

    @Test
    void listsHaveTheSameLengthInEveryLanguage() {
        List<Function<PathwayText, List<String>>> lists = List.of(
                PathwayText::whoCanApply,
                PathwayText::documents,
                PathwayText::feeWaivers,
                PathwayText::permitConditions);
        for (PathwayDefinition pathway : pathways) {
            for (var list : lists) {
                int english = list.apply(pathway.text(Language.ENGLISH)).size();
                Arrays.stream(Language.values())
                        .forEach(language -> assertThat(list.apply(pathway.text(language)))
                                .as(pathway.code() + "/" + language.code())
                                .hasSize(english));
            }
        }
    }

    private static List<String> strings(PathwayText text) {
        List<String> strings = new ArrayList<>();
        strings.add(text.title());
        strings.add(text.summary());
        strings.addAll(text.whoCanApply());
        strings.addAll(text.documents());
        text.feeNames().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> strings.add(entry.getValue()));
        strings.addAll(text.feeWaivers());
        if (text.decisionExtension() != null) {
            strings.add(text.decisionExtension());
        }
        strings.add(text.permitName());
        strings.addAll(text.permitConditions());
        return strings;
    }

    private static void blank(List<String> missing, String where, String value) {
        if (value == null || value.isBlank()) {
            missing.add(where);
        }
    }
}
