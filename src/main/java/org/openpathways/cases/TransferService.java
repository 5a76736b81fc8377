package org.openpathways.cases;

/** What the receiving organisation of a transfer is to do with the case. */
public enum TransferService {
    /** Protection case work: any organisation whose staff work on cases. */
    CASE_MANAGEMENT,
    /** Child protection: an organisation with child-protection staff. */
    CHILD_PROTECTION
}
