package org.openpathways.pathways.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.document.PathwayDocument.ApplicationWindowDocument;
import org.openpathways.pathways.document.PathwayDocument.DecisionTimeDocument;
import org.openpathways.pathways.document.PathwayDocument.FeeDocument;
import org.openpathways.pathways.document.PathwayDocument.PermitDocument;
import org.openpathways.pathways.document.PathwayDocument.TextDocument;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes pathway definitions as JSON documents. Reading is strict: an unknown field (a misspelt key in a
 * translation, say) is an error rather than silently lost text.
 */
public final class PathwayDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PathwayDocuments() {}

    /**
     * @throws InvalidPathwayDefinition when the document is not well-formed JSON of this shape, or the definition it
     *     holds is incomplete
     */
    public static PathwayDefinition read(InputStream json) throws IOException {
        PathwayDocument document;
        try {
            document = JSON.readValue(json, PathwayDocument.class);
        } catch (JacksonException malformed) {
            throw new InvalidPathwayDefinition(
                    "the document is not a pathway definition: " + malformed.getOriginalMessage());
        }
        return new DocumentConversion().definition(document);
    }

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
