package org.openpathways.pathways.rules;

/** A situation in which no fee is due, named by code (e.g. {@code refugee}) and defined by a criterion. */
public record FeeWaiver(String code, Criterion when) {

    public FeeWaiver {
        Invariants.requireCodes(java.util.List.of(code), "waiver codes");
    }
}
