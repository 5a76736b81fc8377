package org.openpathways.pathways.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.ApplicationWindow;
import org.openpathways.pathways.DayCount;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.DefinitionProblem;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.Permit;
import org.openpathways.pathways.PermitRights;
import org.openpathways.pathways.WorkTie;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.pathways.rules.json.DocumentReading;
import org.openpathways.pathways.rules.json.JsonTree.JsonNull;
import org.openpathways.pathways.rules.json.JsonTree.JsonObject;
import org.openpathways.pathways.rules.json.JsonTree.Value;
import org.openpathways.pathways.rules.json.Paths;
import org.openpathways.pathways.rules.json.Problem;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;

/**
 * Turns a located document tree (read from JSON or YAML) into a definition, or into the list of everything wrong with
 * it, each problem named by its field and located at its line and column. The shape is checked here; the catalogue's
 * own rules (texts complete, numbers in range) are checked by the definition, and their problems located by the field
 * they name.
 */
final class DefinitionReader extends DocumentReading {

    private static final Set<String> TEXT_KEYS = Set.of(
            "title",
            "summary",
            "whoCanApply",
            "documents",
            "fees",
            "feeWaivers",
            "decisionExtension",
            "permitName",
            "permitConditions");

    /** Every value read, by its path, to locate the problems the definition's own rules name by path. */
    private final Map<String, Value> visited = new HashMap<>();

    PathwayDefinition definition(Value root) {
        visited.put("", root);
        Map<String, Value> document = object(
                root,
                "",
                Set.of(
                        "code",
                        "category",
                        "decisionTime",
                        "applicationWindow",
                        "fees",
                        "permit",
                        "texts",
                        "eligibility"),
                Set.of("code", "category", "decisionTime", "permit", "texts"));
        if (document == null) {
            throw invalid();
        }
        String code = need(document, "", "code", this::text);
        PathwayCategory category = need(document, "", "category", this::category);
        DecisionTime decisionTime = need(document, "", "decisionTime", this::decisionTime);
        ApplicationWindow window = read(document, "applicationWindow", this::window);
        List<Fee> fees = read(document, "fees", this::fees);
        Permit permit = need(document, "", "permit", this::permit);
        Map<Language, PathwayText> texts = need(document, "", "texts", this::texts);
        RuleSet eligibility = read(document, "eligibility", this::eligibility);
        if (!problems().isEmpty()
                || code == null
                || category == null
                || decisionTime == null
                || permit == null
                || texts == null) {
            throw invalid();
        }
        PathwayDefinition definition = attempt(
                root,
                () -> new PathwayDefinition(
                        code,
                        category,
                        decisionTime,
                        window,
                        fees == null ? List.of() : fees,
                        permit,
                        texts,
                        eligibility));
        if (definition == null) {
            throw invalid();
        }
        return definition;
    }

    private InvalidPathwayDefinition invalid() {
        if (problems().isEmpty()) {
            // Every refusal above notes its problem; this only keeps a refusal from ever arriving without one.
            problem("", visited.get(""), "is not a pathway definition");
        }
        return InvalidPathwayDefinition.located(problems().stream()
                .map(problem ->
                        new DefinitionProblem(problem.path(), problem.line(), problem.column(), problem.message()))
                .toList());
    }

    /** A required member: like {@link #read}, and a null value is a problem (a missing key is one already). */
    private <T> @Nullable T need(Map<String, Value> members, String parent, String key, Reading<T> reading) {
        Value value = members.get(key);
        if (value instanceof JsonNull) {
            problem(Paths.member(parent, key), value, "must have a value");
            return null;
        }
        return read(members, parent, key, reading);
    }

    /** A member read at its path; null, without a problem, when it is absent or null (see {@link #need}). */
    private <T> @Nullable T read(Map<String, Value> members, String key, Reading<T> reading) {
        return read(members, "", key, reading);
    }

    private <T> @Nullable T read(Map<String, Value> members, String parent, String key, Reading<T> reading) {
        Value value = members.get(key);
        String path = Paths.member(parent, key);
        if (value == null || value instanceof JsonNull) {
            return null;
        }
        visited.put(path, value);
        return reading.read(value, path);
    }

    @FunctionalInterface
    private interface Reading<T> {
        @Nullable
        T read(Value value, String path);
    }

    private @Nullable PathwayCategory category(Value value, String path) {
        return known(value, path, this::text, PathwayCategory::ofCode, PathwayCategory.values());
    }

    private @Nullable DecisionTime decisionTime(Value value, String path) {
        Map<String, Value> members =
                object(value, path, Set.of("days", "dayCount", "extensionDays"), Set.of("days", "dayCount"));
        if (members == null) {
            return null;
        }
        Integer days = need(members, path, "days", this::whole);
        DayCount count = need(
                members, path, "dayCount", (v, at) -> known(v, at, this::text, DayCount::ofCode, DayCount.values()));
        Integer extension = read(members, path, "extensionDays", this::whole);
        if (days == null || count == null) {
            return null;
        }
        return attempt(value, () -> new DecisionTime(days, count, extension == null ? 0 : extension));
    }

    private @Nullable ApplicationWindow window(Value value, String path) {
        Map<String, Value> members = object(value, path, Set.of("opens", "closes"), Set.of("opens", "closes"));
        if (members == null) {
            return null;
        }
        LocalDate opens = need(members, path, "opens", this::date);
        LocalDate closes = need(members, path, "closes", this::date);
        if (opens == null || closes == null) {
            return null;
        }
        return attempt(value, () -> new ApplicationWindow(opens, closes));
    }

    private @Nullable List<Fee> fees(Value value, String path) {
        List<Value> items = array(value, path, 0);
        if (items == null) {
            return null;
        }
        List<Fee> fees = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Paths.item(path, i);
            visited.put(at, items.get(i));
            Map<String, Value> members = object(
                    items.get(i), at, Set.of("code", "amount", "currency"), Set.of("code", "amount", "currency"));
            if (members == null) {
                continue;
            }
            String code = need(
                    members,
                    at,
                    "code",
                    (v, p) -> text(
                            v,
                            p,
                            c -> c.matches(PathwayDefinition.CODE_PATTERN) && c.length() <= 40,
                            "lower-case letters, digits and single dashes"));
            BigDecimal amount = need(members, at, "amount", this::amount);
            String currency = need(
                    members,
                    at,
                    "currency",
                    (v, p) -> text(v, p, c -> c.matches("[A-Z]{3}"), "an ISO 4217 currency code"));
            if (code != null && amount != null && currency != null) {
                Fee fee = attempt(items.get(i), () -> new Fee(code, amount, currency));
                if (fee != null) {
                    fees.add(fee);
                }
            }
        }
        return fees;
    }

    private @Nullable BigDecimal amount(Value value, String path) {
        BigDecimal amount = number(value, path);
        if (amount != null
                && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2)) {
            problem(path, value, "must be a positive amount with at most two decimals");
            return null;
        }
        return amount;
    }

    private @Nullable Permit permit(Value value, String path) {
        Map<String, Value> members = object(
                value,
                path,
                Set.of(
                        "validityMonths",
                        "renewable",
                        "workAllowed",
                        "workTiedTo",
                        "familyMayJoin",
                        "longTermResidenceAfterMonths"),
                Set.of("validityMonths", "renewable", "workAllowed", "workTiedTo", "familyMayJoin"));
        if (members == null) {
            return null;
        }
        Integer validity = need(members, path, "validityMonths", this::whole);
        Boolean renewable = need(members, path, "renewable", this::flag);
        Boolean work = need(members, path, "workAllowed", this::flag);
        WorkTie tie = need(
                members, path, "workTiedTo", (v, at) -> known(v, at, this::text, WorkTie::ofCode, WorkTie.values()));
        Boolean family = need(members, path, "familyMayJoin", this::flag);
        Integer longTerm = read(members, path, "longTermResidenceAfterMonths", this::whole);
        if (validity == null || renewable == null || work == null || tie == null || family == null) {
            return null;
        }
        return attempt(value, () -> new Permit(validity, renewable, new PermitRights(work, tie, family, longTerm)));
    }

    private @Nullable Map<Language, PathwayText> texts(Value value, String path) {
        Map<String, Value> members = object(value, path, languageCodes(), Set.of());
        if (members == null) {
            return null;
        }
        Map<Language, PathwayText> texts = new EnumMap<>(Language.class);
        members.forEach((code, text) -> {
            PathwayText read = read(members, path, code, this::languageTexts);
            Optional<Language> language =
                    Language.ofCode(code).filter(known -> known.code().equals(code));
            if (read != null && language.isPresent()) {
                texts.put(language.get(), read);
            }
        });
        return texts;
    }

    /** One language's texts. Missing ones become empty here; the definition's own rules then name each precisely. */
    private @Nullable PathwayText languageTexts(Value value, String path) {
        Map<String, Value> members = object(value, path, TEXT_KEYS, Set.of());
        if (members == null) {
            return null;
        }
        return new PathwayText(
                orEmpty(read(members, path, "title", this::text)),
                orEmpty(read(members, path, "summary", this::text)),
                list(read(members, path, "whoCanApply", this::items)),
                list(read(members, path, "documents", this::items)),
                map(read(members, path, "fees", this::feeNames)),
                list(read(members, path, "feeWaivers", this::items)),
                read(members, path, "decisionExtension", this::text),
                orEmpty(read(members, path, "permitName", this::text)),
                list(read(members, path, "permitConditions", this::items)));
    }

    /** A list of texts; an item that is null becomes empty, which the definition's rules report as missing. */
    private @Nullable List<String> items(Value value, String path) {
        List<Value> items = array(value, path, 0);
        if (items == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Paths.item(path, i);
            visited.put(at, items.get(i));
            texts.add(items.get(i) instanceof JsonNull ? "" : orEmpty(text(items.get(i), at)));
        }
        return texts;
    }

    private @Nullable Map<String, String> feeNames(Value value, String path) {
        // Keyed by fee code: any key is allowed here, and the definition's rules check they match the fees.
        if (!(value instanceof JsonObject object)) {
            problem(path, value, "must be an object");
            return null;
        }
        Map<String, Value> members = object.members();
        Map<String, String> names = new LinkedHashMap<>();
        members.keySet().forEach(fee -> names.put(fee, orEmpty(read(members, path, fee, this::text))));
        return names;
    }

    private @Nullable RuleSet eligibility(Value value, String path) {
        List<Problem> found = new ArrayList<>();
        RuleSet rules = RuleDocuments.read(value, found);
        found.forEach(problem -> problems()
                .add(new Problem(
                        problem.path().isEmpty() ? path : Paths.member(path, problem.path()),
                        problem.line(),
                        problem.column(),
                        problem.message())));
        return rules;
    }

    private @Nullable Integer whole(Value value, String path) {
        return integer(value, path, 0, Integer.MAX_VALUE);
    }

    private <T extends Enum<T>> @Nullable T known(
            Value value, String path, Reading<String> reading, Function<String, Optional<T>> of, T[] values) {
        String code = reading.read(value, path);
        if (code == null) {
            return null;
        }
        Optional<T> known = of.apply(code);
        if (known.isEmpty()) {
            String allowed = Arrays.stream(values)
                    .map(each -> each.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            problem(path, value, "has an unknown value " + code + " (known: " + allowed + ")");
        }
        return known.orElse(null);
    }

    /**
     * The value a constructor makes, or null with its problems noted: each names its field, and is located at that
     * field's value when it was read, else at the nearest enclosing value read, else at {@code fallback}.
     */
    private <T> @Nullable T attempt(Value fallback, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidPathwayDefinition invalid) {
            invalid.located().forEach(problem -> problems().add(located(problem, fallback)));
            return null;
        }
    }

    private Problem located(DefinitionProblem problem, Value fallback) {
        String path = problem.field();
        Value value = visited.get(path);
        while (value == null && !path.isEmpty()) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
            value = visited.get(path);
        }
        Value at = value == null ? fallback : value;
        return new Problem(problem.field(), at.line(), at.column(), problem.message());
    }

    private static Set<String> languageCodes() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(@Nullable List<String> value) {
        return value == null ? List.of() : value;
    }

    private static Map<String, String> map(@Nullable Map<String, String> value) {
        return value == null ? Map.of() : value;
    }
}
