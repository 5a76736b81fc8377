package org.openpathways.screening.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpathways.screening.Needs;
import org.openpathways.screening.Rating;
import org.openpathways.screening.RequiredAction;
import org.openpathways.screening.ScreeningResult;

class QuestionnaireTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

    static String document() throws IOException {
        try (InputStream in = QuestionnaireTest.class.getResourceAsStream("/screening/questionnaire.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Questionnaire questionnaire() throws IOException {
        return QuestionnaireReader.read(document().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedQuestionnaireAsksAtEveryLevelInFourLanguages() throws IOException {
        Questionnaire questionnaire = questionnaire();
        assertThat(questionnaire.byLevel()).containsOnlyKeys(Level.values());
        assertThat(questionnaire.questions()).extracting(Question::factor).contains(Factor.RISK, Factor.PROTECTIVE);
        assertThat(questionnaire.questions())
                .allSatisfy(q -> assertThat(q.text().byLanguage()).containsOnlyKeys(Texts.LANGUAGES));
        assertThat(questionnaire.actions())
                .extracting(ActionRule::need)
                .filteredOn(need -> need != null)
                .containsAll(Needs.ALL);
    }

    @Test
    void aPersonWithASafePlaceAndNoRiskIsLow() throws IOException {
        ScreeningResult result = questionnaire()
                .rate(Map.of("safe-place-tonight", "yes", "legal-status", "regular", "family-support", "yes"), AT);
        assertThat(result.rating()).isEqualTo(Rating.LOW);
        assertThat(result.score()).isZero();
        assertThat(result.needs()).isEmpty();
    }

    @Test
    void risksAddUpToMediumAndRaiseTheirNeedsWithDueTimes() throws IOException {
        ScreeningResult result = questionnaire()
                .rate(
                        Map.of(
                                "safe-place-tonight", "yes",
                                "legal-status", "irregular",
                                "serious-illness", "yes",
                                "pregnant", "yes"),
                        AT);
        assertThat(result.score()).isEqualTo(4);
        assertThat(result.rating()).isEqualTo(Rating.MEDIUM);
        assertThat(result.needs()).containsExactly(Needs.HEALTH, Needs.LEGAL_AID);
        assertThat(result.actions())
                .contains(new RequiredAction("health-referral", Needs.HEALTH, AT.plus(Duration.ofDays(1))));
    }

    @Test
    void protectiveFactorsLowerTheScoreButNeverBelowZero() throws IOException {
        Map<String, String> answers = new HashMap<>(Map.of(
                "safe-place-tonight",
                "yes",
                "legal-status",
                "irregular",
                "serious-illness",
                "yes",
                "disability",
                "yes"));
        assertThat(questionnaire().rate(answers, AT).score()).isEqualTo(4);
        answers.put("family-support", "yes");
        answers.put("community-network", "yes");
        assertThat(questionnaire().rate(answers, AT).score()).isEqualTo(1);
        assertThat(questionnaire().rate(answers, AT).rating()).isEqualTo(Rating.LOW);
    }

    @Test
    void aChildTravellingAloneIsHighAndCallsAChildProtectionOfficerWithinAnHour() throws IOException {
        ScreeningResult result = questionnaire()
                .rate(
                        Map.of(
                                "says-under-18", "yes",
                                "travelling-alone", "yes",
                                "safe-place-tonight", "no",
                                "legal-status", "unknown"),
                        AT);
        assertThat(result.rating()).isEqualTo(Rating.HIGH);
        assertThat(result.actions())
                .contains(new RequiredAction(
                        Questionnaire.CHILD_PROTECTION_OFFICER, Needs.CHILD_PROTECTION, AT.plus(Duration.ofHours(1))));
        assertThat(result.requires("assign-case-officer")).isTrue();
        assertThat(result.needs()).containsExactly(Needs.SHELTER, Needs.CHILD_PROTECTION);
    }

    @Test
    void aChildByAgeGetsTheOfficerEvenWhenTheAnswersDidNotSaySo() throws IOException {
        Questionnaire questionnaire = questionnaire();
        ScreeningResult adult = questionnaire.rate(Map.of("safe-place-tonight", "yes", "legal-status", "regular"), AT);
        ScreeningResult child = questionnaire.forAChild(adult, AT);
        assertThat(child.requires(Questionnaire.CHILD_PROTECTION_OFFICER)).isTrue();
        assertThat(child.rating()).isEqualTo(Rating.MEDIUM);
        assertThat(child.needs()).containsExactly(Needs.CHILD_PROTECTION);
    }

    @Test
    void answersAreCheckedAgainstTheQuestions() throws IOException {
        assertThat(questionnaire()
                        .problems(Map.of(
                                "pregnant", "maybe", "dependent-children", "-1", "legal-status", "married", "x", "y")))
                .containsEntry("pregnant", "invalid")
                .containsEntry("dependent-children", "invalid")
                .containsEntry("legal-status", "invalid")
                .containsEntry("safe-place-tonight", "missing")
                .containsEntry("x", "unknown");
    }

    @Test
    void aBadDocumentIsRefusedNamingTheQuestionAtFault() throws IOException {
        String withoutArabic = document()
                .lines()
                .filter(line -> !line.contains("ar: هل الشخص حامل"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThatThrownBy(() -> QuestionnaireReader.read(withoutArabic.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(QuestionnaireException.class)
                .hasMessage("question 'pregnant': text in 'ar' is missing");
        String unknownNeed = document().replace("need: shelter", "need: housing");
        assertThatThrownBy(() -> QuestionnaireReader.read(unknownNeed.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("action 'shelter-referral': need 'housing' is not one of");
        String badCondition =
                document().replace("{question: pregnant, is: \"yes\"}", "{question: pregnant, is: often}");
        assertThatThrownBy(() -> QuestionnaireReader.read(badCondition.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'often' is not an answer of question 'pregnant'");
        String badLevel = document().replace("level: community", "level: village");
        assertThatThrownBy(() -> QuestionnaireReader.read(badLevel.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("question 'safe-place-tonight': level must be one of [individual, household, community,"
                        + " structural]");
        assertThatThrownBy(() -> QuestionnaireReader.read("- just a list".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(QuestionnaireException.class);
    }
}
