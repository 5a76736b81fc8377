package org.openpathways.agreements;

/**
 * The last place of a quota was allocated. Published in the allocating transaction, so listeners learn of it only once
 * the allocation commits.
 */
public record QuotaExhausted(String quotaCode, String agreementCode, int capacity) {}
