package org.openpathways.pathways.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The request and response bodies of {@code POST /api/v1/eligibility-checks}. */
final class EligibilityJson {

    private EligibilityJson() {}

    @Schema(name = "EligibilityCheckRequest")
    record Request(
            @Schema(
                    description = "Answers by fact name. Dates are YYYY-MM-DD, money is {\"amount\": 1800,"
                            + " \"currency\": \"EUR\"}, countries are ISO 3166-1 alpha-2 codes, documents a"
                            + " list of document codes, children's dates of birth a list of dates. The date"
                            + " of the application is today unless given.",
                    example = "{\"person.birthDate\": \"1995-04-12\", \"person.nationality\": \"SN\"}")
            @Nullable
            Map<String, JsonNode> answers,

            @ArraySchema(
                    arraySchema = @Schema(description = "Check only these pathways; omit for every one"),
                    schema = @Schema(example = "seasonal-agricultural-work"),
                    maxItems = 50)
            @Nullable
            List<String> pathways) {}

    @Schema(name = "EligibilityCheck")
    record Response(
            @Schema(description = "Language of the texts") String language, List<PathwayResult> pathways) {}

    @Schema(name = "EligibilityCheckPathway")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PathwayResult(
            String code,

            @Schema(description = "The published version whose rules were applied")
            int version,

            String title,

            @Schema(allowableValues = {"MET", "NOT_MET", "UNKNOWN"})
            String outcome,

            @Schema(description = "Why, criterion by criterion")
            Criterion explanation,

            @Schema(description = "What to answer next, when the outcome is UNKNOWN") @Nullable
            Question nextQuestion,

            @Schema(description = "The pathway in the catalogue API")
            String link) {}

    @Schema(name = "EligibilityCriterion")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Criterion(
            @Schema(allowableValues = {"MET", "NOT_MET", "UNKNOWN"})
            String outcome,

            @Schema(description = "Message key of the reason (pathways bundle)")
            String key,

            @Schema(description = "The reason in the language of the response")
            String text,

            @Schema(description = "Facts this criterion needs and has not got")
            List<String> missingFacts,

            List<Criterion> criteria) {}

    @Schema(name = "EligibilityQuestion")
    record Question(
            @Schema(description = "The fact to answer, as named in answers", example = "person.birthDate")
            String fact,

            @Schema(allowableValues = {"DATE", "NUMBER", "MONEY", "TEXT", "BOOLEAN", "DATE_LIST", "TEXT_SET"})
            String type,

            String question,

            @Schema(description = "Help to answer; empty when none")
            String hint) {}
}
