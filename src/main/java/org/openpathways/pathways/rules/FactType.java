package org.openpathways.pathways.rules;

/** The kind of value a fact holds; each kind has its {@link FactValue}. */
public enum FactType {
    DATE,
    NUMBER,
    MONEY,
    TEXT,
    BOOLEAN,
    DATE_LIST,
    TEXT_SET
}
