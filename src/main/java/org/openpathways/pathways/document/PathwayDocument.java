package org.openpathways.pathways.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of a pathway definition, field for field. Everything is nullable here because a document may lack
 * anything; It is what {@link PathwayDocuments} writes; reading goes through {@link DefinitionReader}, which locates problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PathwayDocument(
        @Nullable String code,
        @Nullable String category,
        @Nullable DecisionTimeDocument decisionTime,
        @Nullable ApplicationWindowDocument applicationWindow,
        @Nullable List<FeeDocument> fees,
        @Nullable PermitDocument permit,
        @Nullable Map<String, TextDocument> texts,
        @Nullable JsonNode eligibility) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionTimeDocument(
            @Nullable Integer days,
            @Nullable String dayCount,
            @Nullable Integer extensionDays) {}

    record ApplicationWindowDocument(
            @Nullable String opens, @Nullable String closes) {}

    record FeeDocument(
            @Nullable String code,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PermitDocument(
            @Nullable Integer validityMonths,
            @Nullable Boolean renewable,
            @Nullable Boolean workAllowed,
            @Nullable String workTiedTo,
            @Nullable Boolean familyMayJoin,
            @Nullable Integer longTermResidenceAfterMonths) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TextDocument(
            @Nullable String title,
            @Nullable String summary,
            @Nullable List<@Nullable String> whoCanApply,
            @Nullable List<@Nullable String> documents,
            @Nullable Map<String, @Nullable String> fees,
            @Nullable List<@Nullable String> feeWaivers,
            @Nullable String decisionExtension,
            @Nullable String permitName,
            @Nullable List<@Nullable String> permitConditions) {}
}
