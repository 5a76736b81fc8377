package org.openpathways.pathways.rules.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.AgeBetween;
import org.openpathways.pathways.rules.AgeRange;
import org.openpathways.pathways.rules.AllOf;
import org.openpathways.pathways.rules.AnyOf;
import org.openpathways.pathways.rules.AreaListed;
import org.openpathways.pathways.rules.ChildAged;
import org.openpathways.pathways.rules.ChildCount;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.CountryIn;
import org.openpathways.pathways.rules.Criterion;
import org.openpathways.pathways.rules.DateBetween;
import org.openpathways.pathways.rules.DateCompare;
import org.openpathways.pathways.rules.DateReference;
import org.openpathways.pathways.rules.DocumentProvided;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactType;
import org.openpathways.pathways.rules.HasPartner;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.Not;
import org.openpathways.pathways.rules.NumberCompare;
import org.openpathways.pathways.rules.OccupationIn;
import org.openpathways.pathways.rules.QuotaAvailable;
import org.openpathways.pathways.rules.SectorIn;
import org.openpathways.pathways.rules.TimeSince;
import org.openpathways.pathways.rules.WageAtLeast;
import org.openpathways.pathways.rules.json.JsonTree.Value;

/** The kinds of criterion by their JSON key, and how each one's body is read. */
final class Kinds {

    interface Kind {
        @Nullable
        Criterion read(RuleReader reader, Value body, String path);
    }

    static final Map<String, Kind> BY_NAME = kinds();
    static final String NAMES = String.join(", ", BY_NAME.keySet());

    private static final Set<String> COMPARISONS =
            codes(Stream.of(NumberCompare.Comparison.values()).map(NumberCompare.Comparison::code));
    private static final Set<String> ORDERS =
            codes(Stream.of(DateCompare.Order.values()).map(DateCompare.Order::code));

    private Kinds() {}

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("allOf", (reader, body, path) -> {
            List<Criterion> parts = reader.criteria(body, path);
            return parts == null ? null : reader.build(path, body, () -> new AllOf(parts));
        });
        kinds.put("anyOf", (reader, body, path) -> {
            List<Criterion> parts = reader.criteria(body, path);
            return parts == null ? null : reader.build(path, body, () -> new AnyOf(parts));
        });
        kinds.put("not", (reader, body, path) -> {
            Criterion part = reader.criterion(body, path);
            return part == null ? null : new Not(part);
        });
        kinds.put("number", Kinds::number);
        kinds.put("date", Kinds::date);
        kinds.put("dateBetween", Kinds::dateBetween);
        kinds.put("timeSince", Kinds::timeSince);
        kinds.put("age", (reader, body, path) -> age(reader, body, path, false));
        kinds.put("country", Kinds::country);
        kinds.put("areaListed", Kinds::areaListed);
        kinds.put("occupation", (reader, body, path) -> {
            var members = reader.object(body, path, Set.of("prefixes"), Set.of("prefixes"));
            List<String> prefixes = members == null
                    ? null
                    : reader.member(
                            members,
                            path,
                            "prefixes",
                            (v, p) -> reader.texts(
                                    v, p, 1, OccupationIn::isPrefix, "an ISCO-08 code prefix of 1 to 4 digits"));
            return prefixes == null ? null : new OccupationIn(prefixes);
        });
        kinds.put("sector", (reader, body, path) -> {
            var members = reader.object(body, path, Set.of("in"), Set.of("in"));
            List<String> sectors = members == null
                    ? null
                    : reader.member(
                            members, path, "in", (v, p) -> reader.texts(v, p, 1, Codes::isCode, "a sector code"));
            return sectors == null ? null : new SectorIn(sectors);
        });
        kinds.put("wage", (reader, body, path) -> {
            var members = reader.object(body, path, Set.of("atLeast"), Set.of("atLeast"));
            Money threshold = members == null ? null : reader.member(members, path, "atLeast", reader::money);
            return threshold == null ? null : new WageAtLeast(threshold);
        });
        kinds.put("children", Kinds::children);
        kinds.put("childAged", (reader, body, path) -> age(reader, body, path, true));
        kinds.put("partner", (reader, body, path) -> {
            Boolean present = reader.flag(body, path);
            return present == null ? null : new HasPartner(present);
        });
        kinds.put("document", (reader, body, path) -> {
            String document = reader.text(body, path, Codes::isCode, "a document type code");
            return document == null ? null : new DocumentProvided(document);
        });
        kinds.put("quota", (reader, body, path) -> {
            String quota = reader.text(body, path, Codes::isCode, "a quota name");
            return quota == null ? null : new QuotaAvailable(quota);
        });
        return Collections.unmodifiableMap(kinds);
    }

    private static @Nullable Criterion number(RuleReader reader, Value body, String path) {
        Set<String> keys = new HashSet<>(COMPARISONS);
        keys.add("fact");
        var members = reader.object(body, path, keys, Set.of("fact"));
        if (members == null) {
            return null;
        }
        Fact fact = reader.member(members, path, "fact", (v, p) -> reader.fact(v, p, FactType.NUMBER));
        String comparison = only(reader, members, COMPARISONS, body, path);
        BigDecimal value = comparison == null ? null : reader.member(members, path, comparison, reader::number);
        if (fact == null || value == null) {
            return null;
        }
        return new NumberCompare(
                fact, NumberCompare.Comparison.ofCode(comparison).orElseThrow(), value);
    }

    private static @Nullable Criterion date(RuleReader reader, Value body, String path) {
        Set<String> keys = new HashSet<>(ORDERS);
        keys.add("fact");
        var members = reader.object(body, path, keys, Set.of("fact"));
        if (members == null) {
            return null;
        }
        Fact fact = reader.member(members, path, "fact", (v, p) -> reader.fact(v, p, FactType.DATE));
        String order = only(reader, members, ORDERS, body, path);
        DateReference reference = order == null ? null : reader.member(members, path, order, reader::reference);
        if (fact == null || reference == null) {
            return null;
        }
        return new DateCompare(fact, DateCompare.Order.ofCode(order).orElseThrow(), reference);
    }

    private static @Nullable Criterion dateBetween(RuleReader reader, Value body, String path) {
        var members = reader.object(body, path, Set.of("fact", "from", "to"), Set.of("fact", "from", "to"));
        if (members == null) {
            return null;
        }
        Fact fact = reader.member(members, path, "fact", (v, p) -> reader.fact(v, p, FactType.DATE));
        LocalDate from = reader.member(members, path, "from", reader::date);
        LocalDate to = reader.member(members, path, "to", reader::date);
        if (fact == null || from == null || to == null) {
            return null;
        }
        return reader.build(Paths.member(path, "to"), members.get("to"), () -> new DateBetween(fact, from, to));
    }

    private static @Nullable Criterion timeSince(RuleReader reader, Value body, String path) {
        var members = reader.object(body, path, Set.of("since", "years", "months", "at"), Set.of("since", "at"));
        if (members == null) {
            return null;
        }
        Fact since = reader.member(members, path, "since", (v, p) -> reader.fact(v, p, FactType.DATE));
        Integer years = reader.member(members, path, "years", (v, p) -> reader.integer(v, p, 0, 150));
        Integer months = reader.member(members, path, "months", (v, p) -> reader.integer(v, p, 0, 11));
        DateReference at = reader.member(members, path, "at", reader::reference);
        if (since == null
                || at == null
                || (members.containsKey("years") && years == null)
                || (members.containsKey("months") && months == null)) {
            return null;
        }
        return reader.build(
                path, body, () -> new TimeSince(since, years == null ? 0 : years, months == null ? 0 : months, at));
    }

    private static @Nullable Criterion age(RuleReader reader, Value body, String path, boolean child) {
        var members = reader.object(body, path, Set.of("atLeast", "under", "at"), Set.of("at"));
        if (members == null) {
            return null;
        }
        Integer atLeast = reader.member(members, path, "atLeast", (v, p) -> reader.integer(v, p, 0, 150));
        Integer under = reader.member(members, path, "under", (v, p) -> reader.integer(v, p, 1, 150));
        DateReference at = reader.member(members, path, "at", reader::reference);
        if (at == null
                || (members.containsKey("atLeast") && atLeast == null)
                || (members.containsKey("under") && under == null)) {
            return null;
        }
        AgeRange range = reader.build(path, body, () -> new AgeRange(atLeast, under));
        if (range == null) {
            return null;
        }
        return child ? new ChildAged(range, at) : new AgeBetween(range, at);
    }

    private static @Nullable Criterion country(RuleReader reader, Value body, String path) {
        var members = reader.object(body, path, Set.of("fact", "in", "inLists"), Set.of("fact"));
        if (members == null) {
            return null;
        }
        Fact fact = reader.member(members, path, "fact", (v, p) -> reader.fact(v, p, FactType.TEXT));
        List<String> countries = members.containsKey("in")
                ? reader.member(
                        members,
                        path,
                        "in",
                        (v, p) -> reader.texts(v, p, 1, Codes::isCountry, "an ISO 3166-1 alpha-2 code"))
                : List.of();
        List<String> lists = members.containsKey("inLists")
                ? reader.member(members, path, "inLists", (v, p) -> countryLists(reader, v, p))
                : List.of();
        if (fact == null || countries == null || lists == null) {
            return null;
        }
        return reader.build(path, body, () -> new CountryIn(fact, countries, lists));
    }

    private static @Nullable List<String> countryLists(RuleReader reader, Value value, String path) {
        List<String> names = reader.texts(value, path, 1, Codes::isCode, "a list name");
        if (names == null) {
            return null;
        }
        var items = reader.array(value, path, 1);
        boolean defined = true;
        for (int i = 0; i < names.size(); i++) {
            defined &= reader.countryListName(items.get(i), Paths.item(path, i)) != null;
        }
        return defined ? names : null;
    }

    private static @Nullable Criterion areaListed(RuleReader reader, Value body, String path) {
        var members = reader.object(body, path, Set.of("list", "on"), Set.of("list", "on"));
        if (members == null) {
            return null;
        }
        String list = reader.member(members, path, "list", reader::areaListName);
        DateReference on = reader.member(members, path, "on", reader::reference);
        return list == null || on == null ? null : new AreaListed(list, on);
    }

    private static @Nullable Criterion children(RuleReader reader, Value body, String path) {
        var members = reader.object(body, path, Set.of("atLeast", "atMost"), Set.of());
        if (members == null) {
            return null;
        }
        Integer atLeast = reader.member(members, path, "atLeast", (v, p) -> reader.integer(v, p, 0, 100));
        Integer atMost = reader.member(members, path, "atMost", (v, p) -> reader.integer(v, p, 0, 100));
        if ((members.containsKey("atLeast") && atLeast == null) || (members.containsKey("atMost") && atMost == null)) {
            return null;
        }
        return reader.build(path, body, () -> new ChildCount(atLeast, atMost));
    }

    /** The one key among {@code choices} that the object has; a problem when it has none or several. */
    private static @Nullable String only(
            RuleReader reader, Map<String, Value> members, Set<String> choices, Value body, String path) {
        List<String> present =
                members.keySet().stream().filter(choices::contains).toList();
        if (present.size() != 1) {
            reader.problem(
                    path,
                    body,
                    "needs exactly one of "
                            + String.join(", ", choices.stream().sorted().toList()));
            return null;
        }
        return present.get(0);
    }

    private static Set<String> codes(Stream<String> codes) {
        return codes.collect(Collectors.toUnmodifiableSet());
    }
}
