package org.openpathways.pathways;

import java.util.Arrays;
import java.util.List;

/**
 * A pathway definition that breaks the catalogue's rules: a missing language or text, a fee without a name, a number
 * out of range, or a document that is not a definition at all. Each problem names the field concerned, e.g.
 * {@code texts.ar.documents}, and, when the definition was read from a document, its line and column, so that whoever
 * wrote the definition can fix it; they are meant for administrators, not for the public.
 */
public class InvalidPathwayDefinition extends IllegalArgumentException {

    private final List<DefinitionProblem> located;

    public InvalidPathwayDefinition(List<String> problems) {
        this(problems.stream().map(DefinitionProblem::of).toArray(DefinitionProblem[]::new));
    }

    public InvalidPathwayDefinition(String problem) {
        this(List.of(problem));
    }

    /** Problems found in a document, each with its field and location. */
    public static InvalidPathwayDefinition located(List<DefinitionProblem> problems) {
        return new InvalidPathwayDefinition(problems.toArray(DefinitionProblem[]::new));
    }

    private InvalidPathwayDefinition(DefinitionProblem... problems) {
        super(String.join(
                "; ", Arrays.stream(problems).map(DefinitionProblem::toString).toList()));
        this.located = List.of(problems);
    }

    /** Each problem as a sentence that starts with its field, e.g. "texts.ar.documents is missing". */
    public List<String> problems() {
        return located.stream().map(DefinitionProblem::sentence).toList();
    }

    /** Each problem with its field, and its line and column when the definition was read from a document. */
    public List<DefinitionProblem> located() {
        return located;
    }
}
