package org.openpathways.pathways.rules.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.DateReference;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactType;
import org.openpathways.pathways.rules.json.JsonTree.JsonArray;
import org.openpathways.pathways.rules.json.JsonTree.JsonBoolean;
import org.openpathways.pathways.rules.json.JsonTree.JsonNumber;
import org.openpathways.pathways.rules.json.JsonTree.JsonObject;
import org.openpathways.pathways.rules.json.JsonTree.JsonText;
import org.openpathways.pathways.rules.json.JsonTree.Value;

/**
 * Reads typed values out of a located JSON tree, noting a problem at the value's path (and line) for anything of the
 * wrong shape and returning null for it, so that one pass reports every problem.
 */
public class DocumentReading {

    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    final List<Problem> problems = new ArrayList<>();

    /** Everything found wrong so far. */
    public List<Problem> problems() {
        return problems;
    }

    public void problem(String path, Value value, String message) {
        problems.add(new Problem(path, value.line(), value.column(), message));
    }

    /**
     * The members of an object, noting any key not allowed and any required key missing (a missing member is then
     * simply absent from the map).
     */
    @Nullable
    public Map<String, Value> object(Value value, String path, Set<String> allowed, Set<String> required) {
        if (!(value instanceof JsonObject object)) {
            problem(path, value, "must be an object");
            return null;
        }
        object.members().forEach((key, member) -> {
            if (!allowed.contains(key)) {
                problem(
                        Paths.member(path, key),
                        member,
                        "is not a known key here (known: " + String.join(", ", sorted(allowed)) + ")");
            }
        });
        for (String key : sorted(required)) {
            if (!object.members().containsKey(key)) {
                problem(Paths.member(path, key), value, "is missing");
            }
        }
        return object.members();
    }

    @Nullable
    public List<Value> array(Value value, String path, int minimum) {
        if (!(value instanceof JsonArray array)) {
            problem(path, value, "must be an array");
            return null;
        }
        if (array.items().size() < minimum) {
            problem(path, value, "must have at least " + minimum + (minimum == 1 ? " item" : " items"));
            return null;
        }
        return array.items();
    }

    @Nullable
    public String text(Value value, String path) {
        if (value instanceof JsonText text) {
            return text.text();
        }
        problem(path, value, "must be a string");
        return null;
    }

    @Nullable
    public String text(Value value, String path, Predicate<String> valid, String expected) {
        String text = text(value, path);
        if (text != null && !valid.test(text)) {
            problem(path, value, "must be " + expected + ": " + text);
            return null;
        }
        return text;
    }

    @Nullable
    public Boolean flag(Value value, String path) {
        if (value instanceof JsonBoolean flag) {
            return flag.value();
        }
        problem(path, value, "must be true or false");
        return null;
    }

    @Nullable
    public BigDecimal number(Value value, String path) {
        if (value instanceof JsonNumber number) {
            return number.number();
        }
        problem(path, value, "must be a number");
        return null;
    }

    @Nullable
    public Integer integer(Value value, String path, int minimum, int maximum) {
        BigDecimal number = number(value, path);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(minimum)) < 0
                || number.compareTo(BigDecimal.valueOf(maximum)) > 0) {
            problem(path, value, "must be a whole number from " + minimum + " to " + maximum);
            return null;
        }
        return number.intValueExact();
    }

    @Nullable
    public LocalDate date(Value value, String path) {
        String text = text(value, path);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches(DATE)) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException impossible) {
            // reported below, like any other malformed date
        }
        problem(path, value, "must be a date written YYYY-MM-DD: " + text);
        return null;
    }

    @Nullable
    public Fact fact(Value value, String path, FactType type) {
        String name = text(value, path);
        if (name == null) {
            return null;
        }
        var fact = Fact.named(name);
        if (fact.isEmpty()) {
            problem(path, value, "is not a known fact: " + name);
            return null;
        }
        if (fact.get().type() != type) {
            problem(path, value, name + " is not a fact of type " + type.name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        return fact.get();
    }

    /** A date written YYYY-MM-DD, or the name of a date fact such as {@code application.date}. */
    @Nullable
    public DateReference reference(Value value, String path) {
        String text = text(value, path);
        if (text == null) {
            return null;
        }
        if (text.matches("[0-9].*")) {
            LocalDate date = date(value, path);
            return date == null ? null : DateReference.on(date);
        }
        Fact fact = fact(value, path, FactType.DATE);
        return fact == null ? null : new DateReference.FactDate(fact);
    }

    /** An array of distinct strings, each valid. */
    @Nullable
    public List<String> texts(Value value, String path, int minimum, Predicate<String> valid, String expected) {
        List<Value> items = array(value, path, minimum);
        if (items == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            String text = text(items.get(i), Paths.item(path, i), valid, expected);
            if (text != null && !seen.add(text)) {
                problem(Paths.item(path, i), items.get(i), "repeats " + text);
            }
            complete &= text != null;
            texts.add(text);
        }
        return complete && seen.size() == texts.size() ? List.copyOf(texts) : null;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
