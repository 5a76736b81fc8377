package org.openpathways.pathways;

/** The published version of a pathway: its number and its definition, in every language. */
public record PublishedDefinition(int version, PathwayDefinition definition) {}
