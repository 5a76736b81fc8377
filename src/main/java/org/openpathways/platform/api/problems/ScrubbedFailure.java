package org.openpathways.platform.api.problems;

/**
 * A copy of an unexpected exception for the log: the same classes and stack frames, without the messages. Messages of
 * database and library exceptions quote the values that failed (names, e-mail addresses, document numbers), and the log
 * must not hold personal data.
 */
final class ScrubbedFailure extends RuntimeException {

    private static final int MAX_CAUSES = 16;

    private ScrubbedFailure(Throwable original, int depth) {
        super(
                original.getClass().getName() + " (message withheld)",
                original.getCause() == null || original.getCause() == original || depth >= MAX_CAUSES
                        ? null
                        : new ScrubbedFailure(original.getCause(), depth + 1),
                false,
                true);
        setStackTrace(original.getStackTrace());
    }

    static ScrubbedFailure of(Throwable original) {
        return new ScrubbedFailure(original, 0);
    }
}
