package org.openpathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openpathways.pathways.PathwayFixtures.aPathway;
import static org.openpathways.pathways.PathwayFixtures.texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpathways.platform.i18n.Language;

class PathwayDefinitionTest {

    @Test
    void aCompleteDefinitionIsAccepted() {
        PathwayDefinition definition = aPathway("skilled-work");

        assertThat(definition.texts()).containsOnlyKeys(Language.values());
        assertThat(definition.fees().get(0).amount()).isEqualByComparingTo("120.00");
    }

    @Test
    void aMissingLanguageIsNamed() {
        Map<Language, PathwayText> texts = new EnumMap<>(texts("x", true, true));
        texts.remove(Language.ARABIC);

        assertThatThrownBy(() -> withTexts(texts))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems()).containsExactly("texts.ar is missing"));
    }

    @Test
    void everyEmptyTextIsNamedWithItsLanguageAndField() {
        Map<Language, PathwayText> texts = new EnumMap<>(texts("x", true, true));
        PathwayText french = texts.get(Language.FRENCH);
        texts.put(
                Language.FRENCH,
                new PathwayText(
                        " ",
                        french.summary(),
                        List.of(),
                        french.documents(),
                        french.feeNames(),
                        french.feeWaivers(),
                        french.decisionExtension(),
                        "",
                        french.permitConditions()));

        assertThatThrownBy(() -> withTexts(texts))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        "texts.fr.title is missing",
                                        "texts.fr.permitName is missing",
                                        "texts.fr.whoCanApply must have between 1 and 30 items"));
    }

    @Test
    void aFeeWithoutANameInOneLanguageIsRefused() {
        Map<Language, PathwayText> texts = new EnumMap<>(texts("x", true, true));
        PathwayText spanish = texts.get(Language.SPANISH);
        texts.put(
                Language.SPANISH,
                new PathwayText(
                        spanish.title(),
                        spanish.summary(),
                        spanish.whoCanApply(),
                        spanish.documents(),
                        Map.of("card", "Tarjeta"),
                        spanish.feeWaivers(),
                        spanish.decisionExtension(),
                        spanish.permitName(),
                        spanish.permitConditions()));

        assertThatThrownBy(() -> withTexts(texts))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems())
                                .singleElement()
                                .asString()
                                .startsWith("texts.es.fees must name exactly the fees defined"));
    }

    @Test
    void anExtensionNeedsItsReasonInEveryLanguageAndNoneWithoutIt() {
        assertThatThrownBy(() -> new PathwayDefinition(
                        "no-reason",
                        PathwayCategory.STUDY,
                        new DecisionTime(60, DayCount.CALENDAR, 15),
                        null,
                        List.of(),
                        new Permit(12, true, new PermitRights(true, WorkTie.NONE, false, null)),
                        texts("x", false, false)))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems())
                                .hasSize(4)
                                .allMatch(problem -> problem.endsWith(".decisionExtension is missing")));
        assertThatThrownBy(() -> new PathwayDefinition(
                        "stray-reason",
                        PathwayCategory.STUDY,
                        new DecisionTime(60, DayCount.CALENDAR, 0),
                        null,
                        List.of(),
                        new Permit(12, true, new PermitRights(true, WorkTie.NONE, false, null)),
                        texts("x", false, true)))
                .isInstanceOf(InvalidPathwayDefinition.class)
                .hasMessageContaining("decisionExtension must be empty");
    }

    @Test
    void markupAndControlCharactersAreRefusedInTexts() {
        Map<Language, PathwayText> texts = new EnumMap<>(texts("x", true, true));
        PathwayText english = texts.get(Language.ENGLISH);
        texts.put(
                Language.ENGLISH,
                new PathwayText(
                        "<script>alert(1)</script>",
                        "Line\u0000break",
                        english.whoCanApply(),
                        english.documents(),
                        english.feeNames(),
                        english.feeWaivers(),
                        english.decisionExtension(),
                        english.permitName(),
                        english.permitConditions()));

        assertThatThrownBy(() -> withTexts(texts))
                .isInstanceOfSatisfying(
                        InvalidPathwayDefinition.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        "texts.en.title must be plain text, without markup or control characters",
                                        "texts.en.summary must be plain text, without markup or control characters"));
    }

    @Test
    void codesAreLowerCaseWordsJoinedByDashes() {
        assertThatThrownBy(() -> aPathway("Skilled_Work")).hasMessageContaining("code must be");
        assertThatThrownBy(() -> aPathway("../etc")).hasMessageContaining("code must be");
        assertThatThrownBy(() -> aPathway("a".repeat(61))).hasMessageContaining("code must be");
        assertThat(aPathway("a".repeat(60)).code()).hasSize(60);
    }

    @Test
    void feesAreAmountsWithAtMostTwoDecimalsInAKnownCurrency() {
        assertThat(new Fee("card", new BigDecimal("30.5"), "EUR").amount()).hasToString("30.50");
        assertThatThrownBy(() -> new Fee("card", new BigDecimal("30.555"), "EUR"))
                .isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> new Fee("card", new BigDecimal("-1"), "EUR"))
                .isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> new Fee("card", BigDecimal.TEN, "XYZ")).isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> new Fee("card", BigDecimal.TEN, "eur")).isInstanceOf(InvalidPathwayDefinition.class);
    }

    @Test
    void numbersStayWithinSaneBounds() {
        assertThatThrownBy(() -> new DecisionTime(0, DayCount.WORKING, 0)).isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> new DecisionTime(10, DayCount.WORKING, -1))
                .isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> new Permit(0, true, new PermitRights(true, WorkTie.NONE, true, null)))
                .isInstanceOf(InvalidPathwayDefinition.class);
        assertThatThrownBy(() -> new PermitRights(true, WorkTie.NONE, true, 0))
                .isInstanceOf(InvalidPathwayDefinition.class);
    }

    @Test
    void aPermitThatForbidsWorkCannotTieItToAnEmployer() {
        assertThatThrownBy(() -> new PermitRights(false, WorkTie.EMPLOYER, false, null))
                .isInstanceOf(InvalidPathwayDefinition.class);
        assertThat(new PermitRights(false, WorkTie.NONE, false, null).leadsToLongTermResidence())
                .isFalse();
    }

    @Test
    void anApplicationWindowIncludesBothDaysAndCannotEndBeforeItOpens() {
        var window = new ApplicationWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));

        assertThat(window.isOpenOn(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2027, 8, 31))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2027, 9, 1))).isFalse();
        assertThatThrownBy(() -> new ApplicationWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidPathwayDefinition.class);
    }

    private static PathwayDefinition withTexts(Map<Language, PathwayText> texts) {
        PathwayDefinition valid = aPathway("test");
        return new PathwayDefinition(
                valid.code(),
                valid.category(),
                valid.decisionTime(),
                valid.applicationWindow(),
                valid.fees(),
                valid.permit(),
                texts);
    }
}
