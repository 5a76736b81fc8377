package org.openpathways.pathways.rules.json;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document as a tree whose every value knows the line it starts on, so that problems found after parsing
 * (an unknown fact, an undefined list) can still be located. Jackson's own tree does not keep locations.
 */
final class JsonTree {

    sealed interface Value {
        int line();
    }

    record JsonObject(Map<String, Value> members, int line) implements Value {}

    record JsonArray(List<Value> items, int line) implements Value {}

    record JsonText(String text, int line) implements Value {}

    record JsonNumber(BigDecimal number, int line) implements Value {}

    record JsonBoolean(boolean value, int line) implements Value {}

    record JsonNull(int line) implements Value {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonParser parser;
    private final List<Problem> problems;
    private String path = "";

    private JsonTree(JsonParser parser, List<Problem> problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The document's tree, or null with the problem added when it is not well-formed JSON. */
    static @org.jspecify.annotations.Nullable Value parse(InputStream json, List<Problem> problems) {
        JsonTree tree = null;
        try (JsonParser parser = JSON.createParser(json)) {
            tree = new JsonTree(parser, problems);
            if (parser.nextToken() == null) {
                problems.add(new Problem("", 1, "the document is empty"));
                return null;
            }
            Value root = tree.value();
            if (parser.nextToken() != null) {
                problems.add(new Problem("", line(parser), "nothing may follow the document"));
                return null;
            }
            return root;
        } catch (JacksonException malformed) {
            int line = malformed.getLocation() == null
                    ? 0
                    : malformed.getLocation().getLineNr();
            String where = tree == null ? "" : tree.path;
            problems.add(new Problem(
                    where, line > 0 ? line : null, "not well-formed JSON: " + malformed.getOriginalMessage()));
            return null;
        }
    }

    private Value value() {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(line);
            case START_ARRAY -> array(line);
            case VALUE_STRING -> new JsonText(parser.getString(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue(), line);
            case VALUE_TRUE -> new JsonBoolean(true, line);
            case VALUE_FALSE -> new JsonBoolean(false, line);
            default -> new JsonNull(line);
        };
    }

    private JsonObject object(int line) {
        String parent = path;
        Map<String, Value> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            path = Paths.member(parent, name);
            int nameLine = line(parser);
            parser.nextToken();
            Value value = value();
            if (members.putIfAbsent(name, value) != null) {
                problems.add(new Problem(path, nameLine, "appears twice"));
            }
        }
        path = parent;
        return new JsonObject(Collections.unmodifiableMap(members), line);
    }

    private JsonArray array(int line) {
        String parent = path;
        List<Value> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            path = Paths.item(parent, items.size());
            items.add(value());
        }
        path = parent;
        return new JsonArray(List.copyOf(items), line);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
