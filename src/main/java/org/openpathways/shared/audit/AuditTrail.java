package org.openpathways.shared.audit;

/**
 * The append-only, hash-chained record of who did what, when, to which record and why.
 *
 * <p>Every change, and every read of sensitive data, records an entry through this interface inside the transaction
 * that makes the change, so that the change and its entry commit together or not at all.
 */
public interface AuditTrail {

    /**
     * Appends an entry to the trail within the caller's transaction.
     *
     * @param record what happened; the actor is taken from the signed-in person when the record does not name one
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction, or
     *     in a read-only one (an audited read of sensitive data needs a read-write transaction)
     */
    void record(AuditRecord record);
}
