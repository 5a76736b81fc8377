package org.openpathways.applications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.applications.persistence.ApplicationStamps.Stamp;
import org.springframework.util.unit.DataSize;

class StatusAnswersTest {

    private final UUID applicant = UUID.randomUUID();
    private final Stamp stamp = new Stamp(applicant, false, 4, 1234);
    private final StatusAnswers.Key key = new StatusAnswers.Key("A-2222-2222-3", Locale.ENGLISH, true);

    @Test
    void anAnswerIsHandedOutOnlyForTheStampItWasBuiltFrom() {
        var answers = new StatusAnswers(new StatusCacheProperties(DataSize.ofKilobytes(10), Duration.ofMinutes(10)));
        answers.keep(key, answer(stamp));

        assertThat(answers.current(key, stamp)).isNotNull();
        assertThat(answers.current(new StatusAnswers.Key("A-2222-2222-3", Locale.FRENCH, true), stamp))
                .isNull();
        assertThat(answers.current(key, new Stamp(UUID.randomUUID(), false, 4, 1234)))
                .isNull();
        // Written again by another transaction: out of date, and dropped.
        assertThat(answers.current(key, new Stamp(applicant, false, 4, 1240))).isNull();
        assertThat(answers.current(key, stamp)).isNull();
        assertThat(answers.size()).isZero();
    }

    @Test
    void anAnswerIsNeverHandedOutForADraft() {
        var answers = new StatusAnswers(new StatusCacheProperties(DataSize.ofKilobytes(10), Duration.ofMinutes(10)));
        answers.keep(key, answer(stamp));

        assertThat(answers.current(key, new Stamp(applicant, true, 4, 1234))).isNull();
    }

    @Test
    void answersExpireAfterTheirTimeToLive() {
        var answers = new StatusAnswers(new StatusCacheProperties(DataSize.ofKilobytes(10), Duration.ZERO));
        answers.keep(key, answer(stamp));

        assertThat(answers.current(key, stamp)).isNull();
    }

    @Test
    void aFullCacheKeepsNothingNewUntilAnswersExpire() {
        var answers = new StatusAnswers(new StatusCacheProperties(DataSize.ofBytes(3), Duration.ofMinutes(10)));
        answers.keep(key, answer(stamp));
        var other = new StatusAnswers.Key("A-3333-3333-4", Locale.ENGLISH, true);

        answers.keep(other, answer(stamp));

        assertThat(answers.size()).isEqualTo(1);
        assertThat(answers.bytes()).isEqualTo(2);
        assertThat(answers.current(other, stamp)).isNull();
        assertThat(answers.current(key, stamp)).isNotNull();
    }

    @Test
    void expiredAnswersAreDroppedEvenWhenNobodyAsksForThemAgain() {
        var answers = new StatusAnswers(new StatusCacheProperties(DataSize.ofKilobytes(10), Duration.ZERO));
        answers.keep(key, answer(stamp));
        answers.keep(new StatusAnswers.Key("A-2222-2222-3", Locale.ENGLISH, false), answer(stamp));

        answers.dropExpired();

        assertThat(answers.size()).isZero();
        assertThat(answers.bytes()).isZero();
    }

    @Test
    void noneAreKeptWhenTheCacheIsOff() {
        var answers = new StatusAnswers(new StatusCacheProperties(DataSize.ofBytes(0), Duration.ofMinutes(10)));
        answers.keep(key, answer(stamp));

        assertThat(answers.enabled()).isFalse();
        assertThat(answers.size()).isZero();
    }

    private StatusAnswers.Answer answer(Stamp from) {
        return new StatusAnswers.Answer(
                from.applicant(),
                from.version(),
                from.writtenBy(),
                new byte[] {'{', '}'},
                "\"4\"",
                List.of(),
                System.nanoTime());
    }
}
