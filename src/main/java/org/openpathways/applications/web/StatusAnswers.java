package org.openpathways.applications.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.persistence.ApplicationStamps.Stamp;

/**
 * Applicants' status answers as they were sent, each with the stamp of the application's row it was built from
 * (ADR 0022). An answer is only ever handed out for the same applicant, language and stamp; anything else drops it.
 */
final class StatusAnswers {

    /** An application's answer in one language. */
    record Key(String reference, Locale locale) {}

    /**
     * @param headers the response's headers except those that belong to one response (see {@link StatusAnswerFilter})
     */
    record Answer(
            UUID applicant,
            int version,
            long writtenBy,
            byte[] body,
            List<Map.Entry<String, String>> headers,
            long builtAt) {

        boolean current(Stamp stamp) {
            return applicant.equals(stamp.applicant())
                    && version == stamp.version()
                    && writtenBy == stamp.writtenBy()
                    && !stamp.draft();
        }
    }

    private final ConcurrentHashMap<Key, Answer> answers = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long timeToLiveNanos;

    StatusAnswers(StatusCacheProperties properties) {
        this.maxEntries = properties.maxEntries();
        this.timeToLiveNanos = properties.timeToLive().toNanos();
    }

    boolean enabled() {
        return maxEntries > 0;
    }

    /** The answer kept for this key if it was built from the application as the stamp says it is now. */
    @Nullable
    Answer current(Key key, Stamp stamp) {
        Answer answer = answers.get(key);
        if (answer == null) {
            return null;
        }
        if (!answer.current(stamp) || expired(answer, System.nanoTime())) {
            answers.remove(key, answer);
            return null;
        }
        return answer;
    }

    /** Keeps an answer; when full, first drops the expired ones, and keeps nothing new if that frees no room. */
    void keep(Key key, Answer answer) {
        if (!enabled()) {
            return;
        }
        if (answers.size() >= maxEntries && !answers.containsKey(key)) {
            long now = System.nanoTime();
            answers.values().removeIf(kept -> expired(kept, now));
            if (answers.size() >= maxEntries) {
                return;
            }
        }
        answers.put(key, answer);
    }

    int size() {
        return answers.size();
    }

    private boolean expired(Answer answer, long now) {
        return now - answer.builtAt() >= timeToLiveNanos;
    }
}
