package org.openpathways.cases;

/** Where the person was first met. */
public enum ContactPoint {
    BORDER,
    CONSULATE,
    APPLICATION
}
