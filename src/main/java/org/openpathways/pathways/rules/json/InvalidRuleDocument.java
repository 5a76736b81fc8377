package org.openpathways.pathways.rules.json;

import java.util.List;
import java.util.stream.Collectors;

/** A rule document that cannot be read, with every problem found in it. */
public class InvalidRuleDocument extends IllegalArgumentException {

    private final List<Problem> problems;

    public InvalidRuleDocument(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
