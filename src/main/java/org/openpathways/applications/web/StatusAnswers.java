package org.openpathways.applications.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.persistence.ApplicationStamps.Stamp;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applicants' status answers as they were sent, each with the stamp of the application's row it was built from
 * (ADR 0022). An answer is only ever handed out for the same applicant, language, scheme and stamp; anything else
 * drops it. Bounded by the bytes of the answers' bodies; expired answers are dropped every minute.
 */
final class StatusAnswers {

    /** An application's answer in one language, over plain or secure HTTP (whose security headers differ). */
    record Key(String reference, Locale locale, boolean secure) {}

    /**
     * @param etag the answer's {@code ETag}
     * @param headers the other response headers that {@link StatusAnswerFilter} replays, shared between answers that
     *     have the same ones
     */
    record Answer(
            UUID applicant,
            int version,
            long writtenBy,
            byte[] body,
            @Nullable String etag,
            List<Map.Entry<String, String>> headers,
            long builtAt) {

        boolean current(Stamp stamp) {
            return applicant.equals(stamp.applicant())
                    && version == stamp.version()
                    && writtenBy == stamp.writtenBy()
                    && !stamp.draft();
        }
    }

    private static final int MOST_HEADER_SETS = 64;

    private final ConcurrentHashMap<Key, Answer> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<Map.Entry<String, String>>, List<Map.Entry<String, String>>> headerSets =
            new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;
    private final long timeToLiveNanos;

    StatusAnswers(StatusCacheProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
        this.timeToLiveNanos = properties.timeToLive().toNanos();
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    /** The answer kept for this key if it was built from the application as the stamp says it is now. */
    @Nullable
    Answer current(Key key, Stamp stamp) {
        Answer answer = answers.get(key);
        if (answer == null) {
            return null;
        }
        if (!answer.current(stamp) || expired(answer, System.nanoTime())) {
            drop(key, answer);
            return null;
        }
        return answer;
    }

    /** Keeps an answer, unless that would go beyond the size (then nothing new is kept until answers expire). */
    void keep(Key key, Answer answer) {
        if (!enabled() || bytes.get() + answer.body().length > maxBytes) {
            return;
        }
        Answer kept = new Answer(
                answer.applicant(),
                answer.version(),
                answer.writtenBy(),
                answer.body(),
                answer.etag(),
                shared(answer.headers()),
                answer.builtAt());
        Answer previous = answers.put(key, kept);
        bytes.addAndGet(kept.body().length - (previous == null ? 0 : previous.body().length));
    }

    /** Drops the answers older than their time to live, so that no applicant's details stay longer. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void dropExpired() {
        long now = System.nanoTime();
        answers.forEach((key, answer) -> {
            if (expired(answer, now)) {
                drop(key, answer);
            }
        });
        if (answers.isEmpty()) {
            headerSets.clear();
        }
    }

    int size() {
        return answers.size();
    }

    long bytes() {
        return bytes.get();
    }

    private void drop(Key key, Answer answer) {
        if (answers.remove(key, answer)) {
            bytes.addAndGet(-answer.body().length);
        }
    }

    private List<Map.Entry<String, String>> shared(List<Map.Entry<String, String>> headers) {
        if (headerSets.size() >= MOST_HEADER_SETS) {
            return headers;
        }
        return headerSets.computeIfAbsent(headers, first -> first);
    }

    private boolean expired(Answer answer, long now) {
        return now - answer.builtAt() >= timeToLiveNanos;
    }
}
