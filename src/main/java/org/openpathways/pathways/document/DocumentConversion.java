package org.openpathways.pathways.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.ApplicationWindow;
import org.openpathways.pathways.DayCount;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.Permit;
import org.openpathways.pathways.PermitRights;
import org.openpathways.pathways.WorkTie;
import org.openpathways.pathways.document.PathwayDocument.ApplicationWindowDocument;
import org.openpathways.pathways.document.PathwayDocument.DecisionTimeDocument;
import org.openpathways.pathways.document.PathwayDocument.FeeDocument;
import org.openpathways.pathways.document.PathwayDocument.PermitDocument;
import org.openpathways.pathways.document.PathwayDocument.TextDocument;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.pathways.rules.json.InvalidRuleDocument;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns one document into a definition, collecting every problem rather than stopping at the first. */
final class DocumentConversion {

    private static final JsonMapper RULES = JsonMapper.builder().build();

    private final List<String> problems = new ArrayList<>();

    PathwayDefinition definition(PathwayDocument document) {
        String code = required("code", document.code()).orElse(null);
        PathwayCategory category = required("category", document.category())
                .flatMap(value -> known("category", PathwayCategory.ofCode(value)))
                .orElse(null);
        DecisionTime decisionTime = decisionTime(document.decisionTime());
        ApplicationWindow window = window(document.applicationWindow());
        List<Fee> fees = fees(document.fees());
        Permit permit = permit(document.permit());
        Map<Language, PathwayText> texts = texts(document.texts());
        RuleSet eligibility = eligibility(document.eligibility());
        if (!problems.isEmpty() || code == null || category == null || decisionTime == null || permit == null) {
            throw new InvalidPathwayDefinition(problems);
        }
        PathwayDefinition definition = attempt(
                () -> new PathwayDefinition(code, category, decisionTime, window, fees, permit, texts, eligibility));
        if (definition == null) {
            throw new InvalidPathwayDefinition(problems);
        }
        return definition;
    }

    private @Nullable DecisionTime decisionTime(@Nullable DecisionTimeDocument document) {
        if (document == null) {
            problems.add("decisionTime is missing");
            return null;
        }
        var days = required("decisionTime.days", document.days());
        var count = required("decisionTime.dayCount", document.dayCount())
                .flatMap(value -> known("decisionTime.dayCount", DayCount.ofCode(value)));
        int extension = document.extensionDays() == null ? 0 : document.extensionDays();
        if (days.isEmpty() || count.isEmpty()) {
            return null;
        }
        return attempt(() -> new DecisionTime(days.get(), count.get(), extension));
    }

    private @Nullable ApplicationWindow window(@Nullable ApplicationWindowDocument document) {
        if (document == null) {
            return null;
        }
        var opens = required("applicationWindow.opens", document.opens()).flatMap(this::date);
        var closes = required("applicationWindow.closes", document.closes()).flatMap(this::date);
        if (opens.isEmpty() || closes.isEmpty()) {
            return null;
        }
        return attempt(() -> new ApplicationWindow(opens.get(), closes.get()));
    }

    private List<Fee> fees(@Nullable List<FeeDocument> documents) {
        List<Fee> fees = new ArrayList<>();
        if (documents == null) {
            return fees;
        }
        for (int i = 0; i < documents.size(); i++) {
            FeeDocument fee = documents.get(i);
            var code = required("fees[" + i + "].code", fee.code());
            var amount = required("fees[" + i + "].amount", fee.amount());
            var currency = required("fees[" + i + "].currency", fee.currency());
            if (code.isPresent() && amount.isPresent() && currency.isPresent()) {
                Fee made = attempt(() -> new Fee(code.get(), amount.get(), currency.get()));
                if (made != null) {
                    fees.add(made);
                }
            }
        }
        return fees;
    }

    private @Nullable Permit permit(@Nullable PermitDocument document) {
        if (document == null) {
            problems.add("permit is missing");
            return null;
        }
        var validity = required("permit.validityMonths", document.validityMonths());
        var renewable = required("permit.renewable", document.renewable());
        var work = required("permit.workAllowed", document.workAllowed());
        var tie = required("permit.workTiedTo", document.workTiedTo())
                .flatMap(value -> known("permit.workTiedTo", WorkTie.ofCode(value)));
        var family = required("permit.familyMayJoin", document.familyMayJoin());
        if (validity.isEmpty() || renewable.isEmpty() || work.isEmpty() || tie.isEmpty() || family.isEmpty()) {
            return null;
        }
        return attempt(() -> new Permit(
                validity.get(),
                renewable.get(),
                new PermitRights(work.get(), tie.get(), family.get(), document.longTermResidenceAfterMonths())));
    }

    /** The rules are read strictly by their own reader; each of its problems is named under {@code eligibility}. */
    private @Nullable RuleSet eligibility(@Nullable JsonNode section) {
        if (section == null || section.isNull()) {
            return null;
        }
        try {
            return RuleDocuments.read(RULES.writeValueAsBytes(section));
        } catch (InvalidRuleDocument invalid) {
            invalid.problems()
                    .forEach(problem ->
                            problems.add((problem.path().isEmpty() ? "eligibility" : "eligibility." + problem.path())
                                    + ": " + problem.message()));
            return null;
        }
    }

    private Map<Language, PathwayText> texts(@Nullable Map<String, TextDocument> documents) {
        Map<Language, PathwayText> texts = new EnumMap<>(Language.class);
        if (documents == null) {
            problems.add("texts is missing");
            return texts;
        }
        documents.forEach((code, text) -> {
            var language = Language.ofCode(code).filter(known -> known.code().equals(code));
            if (language.isEmpty()) {
                problems.add("texts." + code + " is not a language of the platform");
            } else if (text != null) {
                texts.put(language.get(), text(text));
            }
        });
        return texts;
    }

    private static PathwayText text(TextDocument text) {
        // Missing texts become empty here; the definition's own checks then name each one precisely.
        return new PathwayText(
                orEmpty(text.title()),
                orEmpty(text.summary()),
                orEmpty(text.whoCanApply()),
                orEmpty(text.documents()),
                orEmpty(text.fees()),
                orEmpty(text.feeWaivers()),
                text.decisionExtension(),
                orEmpty(text.permitName()),
                orEmpty(text.permitConditions()));
    }

    private Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException malformed) {
            problems.add("dates must be written as YYYY-MM-DD: " + value);
            return Optional.empty();
        }
    }

    private <T> Optional<T> required(String field, @Nullable T value) {
        if (value == null) {
            problems.add(field + " is missing");
        }
        return Optional.ofNullable(value);
    }

    private <T> Optional<T> known(String field, Optional<T> value) {
        if (value.isEmpty()) {
            problems.add(field + " has an unknown value");
        }
        return value;
    }

    private <T> @Nullable T attempt(Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidPathwayDefinition invalid) {
            problems.addAll(invalid.problems());
            return null;
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> orEmpty(@Nullable List<@Nullable String> value) {
        return value == null
                ? List.of()
                : value.stream().map(DocumentConversion::orEmpty).toList();
    }

    private static Map<String, String> orEmpty(@Nullable Map<String, @Nullable String> value) {
        Map<String, String> names = new LinkedHashMap<>();
        if (value != null) {
            value.forEach((key, name) -> names.put(key, orEmpty(name)));
        }
        return names;
    }
}
