package org.openpathways.pathways.rules.json;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.RuleSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes rule sets as JSON documents. Reading is strict: an unknown key, a value of the wrong type, an
 * unknown kind of criterion, fact or comparison, or a list that is not defined is refused, and every problem names
 * the JSON path of the offending element and its line. What is written reads back as an equal rule set.
 */
public final class RuleDocuments {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RuleDocuments() {}

    /** @throws InvalidRuleDocument naming every problem found */
    public static RuleSet read(InputStream json) {
        List<Problem> problems = new ArrayList<>();
        var tree = JsonTree.parse(json, problems);
        if (tree == null) {
            throw new InvalidRuleDocument(problems);
        }
        RuleReader reader = new RuleReader();
        RuleSet rules = reader.ruleSet(tree);
        problems.addAll(reader.problems);
        if (rules == null || !problems.isEmpty()) {
            throw new InvalidRuleDocument(
                    problems.isEmpty() ? List.of(new Problem("", 1, "is not a rule set")) : problems);
        }
        return rules;
    }

    /**
     * The rule set held by a section of a larger located document (the {@code eligibility} of a pathway definition),
     * or null with every problem added, named by its path within the section and located in the larger document.
     */
    public static @Nullable RuleSet read(JsonTree.Value section, List<Problem> problems) {
        RuleReader reader = new RuleReader();
        RuleSet rules = reader.ruleSet(section);
        problems.addAll(reader.problems);
        if (rules == null && reader.problems.isEmpty()) {
            problems.add(new Problem("", section.line(), section.column(), "is not a rule set"));
        }
        return reader.problems.isEmpty() ? rules : null;
    }

    public static RuleSet read(byte[] json) {
        return read(new ByteArrayInputStream(json));
    }

    public static byte[] write(RuleSet rules) {
        return JSON.writeValueAsBytes(RuleWriter.document(rules));
    }
}
