package org.openpathways.pathways;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a pathway definition, located in the document it was read from when there is one.
 *
 * @param field the path of the field concerned, such as {@code texts.fr.title}, {@code fees[1].amount} or
 *     {@code eligibility.criteria.allOf[0].age}; empty when the whole document is at fault
 * @param line the line (from 1) of the document where the field's value starts, when known
 * @param column the column (from 1) on that line, when known
 * @param message what is wrong, in English: definitions are written by administrators, who read the field names too
 */
public record DefinitionProblem(
        String field, @Nullable Integer line, @Nullable Integer column, String message) {

    /** A problem found without a document, from a sentence that starts with the field, e.g. "texts.ar is missing". */
    static DefinitionProblem of(String sentence) {
        int space = sentence.indexOf(' ');
        return space < 0
                ? new DefinitionProblem("", null, null, sentence)
                : new DefinitionProblem(sentence.substring(0, space), null, null, sentence.substring(space + 1));
    }

    /** The field and the message as one sentence, without the location. */
    public String sentence() {
        return field.isEmpty() ? message : field + " " + message;
    }

    /** The sentence, preceded by the location when there is one: {@code fees[0].amount (line 11, column 11): ...}. */
    @Override
    public String toString() {
        if (line == null) {
            return sentence();
        }
        String where = " (line " + line + (column == null ? "" : ", column " + column) + ")";
        return (field.isEmpty() ? "document" : field) + where + ": " + message;
    }
}
