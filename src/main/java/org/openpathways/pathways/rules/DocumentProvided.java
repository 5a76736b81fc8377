package org.openpathways.pathways.rules;

import java.util.List;
import java.util.Set;

/** The applicant has provided a document of a type, named by code (e.g. {@code passport}, {@code job-contract}). */
public record DocumentProvided(String document) implements Criterion {

    public DocumentProvided {
        Invariants.requireCodes(List.of(document), "document types");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        Set<String> provided = lookup.texts(Fact.DOCUMENTS_PROVIDED);
        if (provided == null) {
            return lookup.unknown();
        }
        boolean met = provided.contains(document);
        return Explanation.decided(met, Reason.of("document." + MessageKeys.suffix(met), document));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.DOCUMENTS_PROVIDED);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                Set<String> provided = sheet.texts(slot);
                return provided == null ? Outcome.UNKNOWN : Outcome.of(provided.contains(document));
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.DOCUMENTS_PROVIDED);
    }
}
