package org.openpathways.pathways.rules;

import java.util.HashSet;
import java.util.List;

/** The checks criteria make on construction, so that a rule that exists is one that can be written and read back. */
final class Invariants {

    private Invariants() {}

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    static void requireType(Fact fact, FactType type) {
        require(fact.type() == type, fact + " is not a fact of type " + type);
    }

    static void requireCodes(List<String> codes, String what) {
        require(new HashSet<>(codes).size() == codes.size(), what + " must not repeat a code");
        codes.forEach(
                code -> require(Codes.isCode(code), what + " must be lower-case letters, digits and dashes: " + code));
    }
}
