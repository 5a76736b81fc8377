package org.openpathways.pathways;

import java.util.List;

/**
 * A pathway definition that breaks the catalogue's rules: a missing language or text, a fee without a name, a number
 * out of range. The problems name the field concerned, e.g. {@code texts.ar.documents}, so that whoever wrote the
 * definition can fix it; they are meant for administrators, not for the public.
 */
public class InvalidPathwayDefinition extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidPathwayDefinition(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidPathwayDefinition(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
