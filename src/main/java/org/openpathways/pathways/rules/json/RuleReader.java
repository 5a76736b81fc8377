package org.openpathways.pathways.rules.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.AreaPeriod;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.Criterion;
import org.openpathways.pathways.rules.FeeSchedule;
import org.openpathways.pathways.rules.FeeWaiver;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.pathways.rules.json.JsonTree.JsonObject;
import org.openpathways.pathways.rules.json.JsonTree.Value;

/** Turns a located JSON tree into a rule set, or into the list of everything wrong with it. */
final class RuleReader extends DocumentReading {

    private Set<String> countryListNames = Set.of();
    private Set<String> areaListNames = Set.of();

    @Nullable
    RuleSet ruleSet(Value root) {
        Map<String, Value> document =
                object(root, "", Set.of("countryLists", "areaLists", "criteria", "fees"), Set.of("criteria"));
        if (document == null) {
            return null;
        }
        Map<String, List<String>> countryLists = countryLists(document.get("countryLists"));
        Map<String, List<AreaPeriod>> areaLists = areaLists(document.get("areaLists"));
        Criterion criteria = member(document, "", "criteria", this::criterion);
        FeeSchedule fees = member(document, "", "fees", this::fees);
        if (!problems.isEmpty() || criteria == null) {
            return null;
        }
        return build("", root, () -> new RuleSet(countryLists, areaLists, criteria, fees));
    }

    /** A criterion: an object with exactly one key, its kind. */
    @Nullable
    Criterion criterion(Value value, String path) {
        if (!(value instanceof JsonObject object) || object.members().size() != 1) {
            problem(path, value, "must be an object with exactly one key, the kind of criterion (" + Kinds.NAMES + ")");
            return null;
        }
        var kind = object.members().entrySet().iterator().next();
        String at = Paths.member(path, kind.getKey());
        Kinds.Kind reader = Kinds.BY_NAME.get(kind.getKey());
        if (reader == null) {
            problem(at, kind.getValue(), "is not a kind of criterion (" + Kinds.NAMES + ")");
            return null;
        }
        return reader.read(this, kind.getValue(), at);
    }

    @Nullable
    List<Criterion> criteria(Value value, String path) {
        List<Value> items = array(value, path, 1);
        if (items == null) {
            return null;
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            criteria.add(criterion(items.get(i), Paths.item(path, i)));
        }
        return criteria.contains(null) ? null : criteria;
    }

    /** A member's value read by {@code reading} at its path; null (without problem) when absent. */
    <T> @Nullable T member(
            Map<String, Value> members, String path, String key, BiFunction<Value, String, @Nullable T> reading) {
        Value value = members.get(key);
        return value == null ? null : reading.apply(value, Paths.member(path, key));
    }

    /** Constructs a part of the rules, turning the constructor's refusal into a problem at the part's path. */
    <T> @Nullable T build(String path, Value value, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException refused) {
            problem(path, value, refused.getMessage());
            return null;
        }
    }

    @Nullable
    String countryListName(Value value, String path) {
        String name = text(value, path, Codes::isCode, "a list name");
        if (name != null && !countryListNames.contains(name)) {
            problem(path, value, "is not a country list defined in countryLists: " + name);
            return null;
        }
        return name;
    }

    @Nullable
    String areaListName(Value value, String path) {
        String name = text(value, path, Codes::isCode, "a list name");
        if (name != null && !areaListNames.contains(name)) {
            problem(path, value, "is not an area list defined in areaLists: " + name);
            return null;
        }
        return name;
    }

    @Nullable
    Money money(Value value, String path) {
        Map<String, Value> members = object(value, path, Set.of("amount", "currency"), Set.of("amount", "currency"));
        if (members == null) {
            return null;
        }
        BigDecimal amount = member(members, path, "amount", this::number);
        String currency =
                member(members, path, "currency", (v, p) -> text(v, p, Money::isCurrency, "an ISO 4217 code"));
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    private Map<String, List<String>> countryLists(@Nullable Value value) {
        Map<String, List<String>> lists = new TreeMap<>();
        if (value == null) {
            return lists;
        }
        Map<String, Value> members = namedLists(value, "countryLists");
        countryListNames = members.keySet();
        members.forEach((name, codes) -> {
            List<String> countries =
                    texts(codes, Paths.member("countryLists", name), 1, Codes::isCountry, "an ISO 3166-1 alpha-2 code");
            if (countries != null) {
                lists.put(name, countries);
            }
        });
        return lists;
    }

    private Map<String, List<AreaPeriod>> areaLists(@Nullable Value value) {
        Map<String, List<AreaPeriod>> lists = new TreeMap<>();
        if (value == null) {
            return lists;
        }
        Map<String, Value> members = namedLists(value, "areaLists");
        areaListNames = members.keySet();
        members.forEach((name, periods) -> {
            String path = Paths.member("areaLists", name);
            List<Value> items = array(periods, path, 1);
            if (items == null) {
                return;
            }
            List<AreaPeriod> read = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                read.add(areaPeriod(items.get(i), Paths.item(path, i)));
            }
            if (!read.contains(null)) {
                lists.put(name, read);
            }
        });
        return lists;
    }

    private @Nullable AreaPeriod areaPeriod(Value value, String path) {
        Map<String, Value> members = object(value, path, Set.of("area", "from", "to"), Set.of("area", "from"));
        if (members == null) {
            return null;
        }
        String area = member(members, path, "area", (v, p) -> text(v, p, AreaPeriod::isArea, "an area code"));
        LocalDate from = member(members, path, "from", this::date);
        LocalDate to = member(members, path, "to", this::date);
        if (area == null || from == null || (members.containsKey("to") && to == null)) {
            return null;
        }
        return build(path, value, () -> new AreaPeriod(area, from, to));
    }

    private Map<String, Value> namedLists(Value value, String path) {
        if (!(value instanceof JsonObject object)) {
            problem(path, value, "must be an object of named lists");
            return Map.of();
        }
        object.members().forEach((name, list) -> {
            if (!Codes.isCode(name)) {
                problem(
                        Paths.member(path, name),
                        list,
                        "is not a valid list name (lower-case letters, digits, dashes)");
            }
        });
        return object.members();
    }

    private @Nullable FeeSchedule fees(Value value, String path) {
        Set<String> amounts = Set.of("base", "perAdult", "perChild");
        Map<String, Value> members = object(
                value,
                path,
                Set.of("currency", "base", "perAdult", "perChild", "waivers"),
                Set.of("currency", "base", "perAdult", "perChild"));
        if (members == null) {
            return null;
        }
        String currency =
                member(members, path, "currency", (v, p) -> text(v, p, Money::isCurrency, "an ISO 4217 code"));
        Map<String, BigDecimal> read = new TreeMap<>();
        for (String key : amounts) {
            BigDecimal amount = member(members, path, key, this::number);
            if (amount != null && currency != null && !FeeSchedule.isAmount(amount, currency)) {
                problem(
                        Paths.member(path, key),
                        members.get(key),
                        "must be an amount from 0 to 999999999 in " + currency);
            } else if (amount != null) {
                read.put(key, amount);
            }
        }
        List<FeeWaiver> waivers =
                members.containsKey("waivers") ? member(members, path, "waivers", this::waivers) : List.of();
        if (currency == null || read.size() != amounts.size() || waivers == null) {
            return null;
        }
        return build(
                path,
                value,
                () -> new FeeSchedule(currency, read.get("base"), read.get("perAdult"), read.get("perChild"), waivers));
    }

    private @Nullable List<FeeWaiver> waivers(Value value, String path) {
        List<Value> items = array(value, path, 0);
        if (items == null) {
            return null;
        }
        List<FeeWaiver> waivers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Paths.item(path, i);
            Map<String, Value> members = object(items.get(i), at, Set.of("code", "when"), Set.of("code", "when"));
            if (members == null) {
                waivers.add(null);
                continue;
            }
            String code = member(members, at, "code", (v, p) -> text(v, p, Codes::isCode, "a waiver code"));
            Criterion when = member(members, at, "when", this::criterion);
            Value item = items.get(i);
            waivers.add(code == null || when == null ? null : build(at, item, () -> new FeeWaiver(code, when)));
        }
        return waivers.contains(null) ? null : waivers;
    }
}
