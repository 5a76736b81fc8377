package org.openpathways.agreements;

/** What {@link Quotas#allocate} did. */
public enum Allocation {
    /** A place was taken for the application. */
    ALLOCATED,
    /** The application already held a place; nothing changed. */
    ALREADY_ALLOCATED
}
