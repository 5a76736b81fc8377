package org.openpathways.shared.audit;

/**
 * The first place where the audit trail is not what the application wrote.
 *
 * @param sequence the sequence number of the first broken entry (for a deletion: the number that is missing)
 * @param reason what the break shows
 */
public record ChainBreak(long sequence, Reason reason) {

    public enum Reason {
        /** The entry's content no longer matches its hash: it was changed after it was written. */
        ALTERED,
        /** The sequence number is missing: the entry was deleted. */
        DELETED,
        /**
         * The entry does not link to the one before it (or repeats its number): an entry was inserted before it, the
         * entries were reordered, or the one before it was rewritten along with its hash.
         */
        INSERTED_OR_REORDERED
    }
}
