package org.openpathways.pathways.document;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.DefinitionProblem;
import org.openpathways.pathways.DocumentFormat;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.document.PathwayDocument.ApplicationWindowDocument;
import org.openpathways.pathways.document.PathwayDocument.DecisionTimeDocument;
import org.openpathways.pathways.document.PathwayDocument.FeeDocument;
import org.openpathways.pathways.document.PathwayDocument.PermitDocument;
import org.openpathways.pathways.document.PathwayDocument.TextDocument;
import org.openpathways.pathways.rules.json.JsonTree;
import org.openpathways.pathways.rules.json.JsonTree.Value;
import org.openpathways.pathways.rules.json.Problem;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes pathway definitions as one document, in JSON or YAML: the same document, field for field. Reading
 * is strict: an unknown field (a misspelt key in a translation, say) is an error rather than silently lost text, and
 * every problem found is reported at once, named by its field and located at its line and column in the text read.
 */
public final class PathwayDocuments {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .build();

    private PathwayDocuments() {}

    /**
     * Reads a definition from a JSON document.
     *
     * @throws InvalidPathwayDefinition naming every problem, located in the document
     */
    public static PathwayDefinition read(InputStream json) {
        return read(json, DocumentFormat.JSON);
    }

    /**
     * Reads a definition from a document in the given format.
     *
     * @throws InvalidPathwayDefinition naming every problem, located in the document
     */
    public static PathwayDefinition read(InputStream document, DocumentFormat format) {
        List<Problem> problems = new ArrayList<>();
        Value root = parse(document, format, problems);
        if (root == null) {
            throw InvalidPathwayDefinition.located(problems.stream()
                    .map(problem ->
                            new DefinitionProblem(problem.path(), problem.line(), problem.column(), problem.message()))
                    .toList());
        }
        return new DefinitionReader().definition(root);
    }

    private static @Nullable Value parse(InputStream document, DocumentFormat format, List<Problem> problems) {
        if (format == DocumentFormat.JSON) {
            return JsonTree.parse(JSON.createParser(document), "JSON", problems);
        }
        try {
            return JsonTree.parse(YAML.createParser(document), "YAML", problems);
        } catch (RuntimeException malformed) {
            // The YAML engine's own errors that Jackson does not wrap: the document is not YAML we can read.
            problems.add(new Problem("", null, "not well-formed YAML"));
            return null;
        }
    }

    /** The definition as a document in the given format; reading it back gives an equal definition. */
    public static byte[] write(PathwayDefinition definition, DocumentFormat format) {
        byte[] json = write(definition);
        return format == DocumentFormat.JSON ? json : YAML.writeValueAsBytes(JSON.readTree(json));
    }

    /** The definition as a JSON document. */
    public static byte[] write(PathwayDefinition definition) {
        var decision = definition.decisionTime();
        var window = definition.applicationWindow();
        var permit = definition.permit();
        var rights = permit.rights();
        Map<String, TextDocument> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            PathwayText text = definition.text(language);
            Map<String, String> feeNames = new LinkedHashMap<>();
            definition.fees().forEach(fee -> feeNames.put(fee.code(), text.feeName(fee.code())));
            texts.put(
                    language.code(),
                    new TextDocument(
                            text.title(),
                            text.summary(),
                            text.whoCanApply(),
                            text.documents(),
                            feeNames,
                            text.feeWaivers(),
                            text.decisionExtension(),
                            text.permitName(),
                            text.permitConditions()));
        }
        return JSON.writeValueAsBytes(new PathwayDocument(
                definition.code(),
                definition.category().code(),
                new DecisionTimeDocument(decision.days(), decision.count().code(), decision.extensionDays()),
                window == null
                        ? null
                        : new ApplicationWindowDocument(
                                window.opens().toString(), window.closes().toString()),
                definition.fees().stream()
                        .map(fee -> new FeeDocument(fee.code(), fee.amount(), fee.currency()))
                        .toList(),
                new PermitDocument(
                        permit.validityMonths(),
                        permit.renewable(),
                        rights.workAllowed(),
                        rights.workTie().code(),
                        rights.familyMayJoin(),
                        rights.longTermResidenceAfterMonths()),
                texts,
                definition.eligibility() == null
                        ? null
                        : JSON.readTree(RuleDocuments.write(definition.eligibility()))));
    }
}
