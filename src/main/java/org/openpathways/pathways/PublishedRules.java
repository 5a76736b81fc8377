package org.openpathways.pathways;

import org.openpathways.pathways.rules.RuleSet;

/** The eligibility rules of a published pathway version, with the pathway's title in one language. */
public record PublishedRules(String code, int version, String title, RuleSet rules) {}
