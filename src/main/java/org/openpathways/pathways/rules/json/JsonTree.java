package org.openpathways.pathways.rules.json;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document as a tree whose every value knows the line and column it starts on, so that problems found after
 * parsing (an unknown fact, an undefined list) can still be located. Jackson's own tree does not keep locations. A YAML
 * document read through Jackson's YAML parser gives the same tree, with the lines and columns of the YAML text.
 */
public final class JsonTree {

    public sealed interface Value {
        int line();

        int column();
    }

    public record JsonObject(Map<String, Value> members, int line, int column) implements Value {}

    public record JsonArray(List<Value> items, int line, int column) implements Value {}

    public record JsonText(String text, int line, int column) implements Value {}

    public record JsonNumber(BigDecimal number, int line, int column) implements Value {}

    public record JsonBoolean(boolean value, int line, int column) implements Value {}

    public record JsonNull(int line, int column) implements Value {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonParser parser;
    private final List<Problem> problems;
    private String path = "";

    private JsonTree(JsonParser parser, List<Problem> problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The document's tree, or null with the problem added when it is not well-formed JSON. */
    static @Nullable Value parse(InputStream json, List<Problem> problems) {
        return parse(JSON.createParser(json), "JSON", problems);
    }

    /**
     * The tree of the document the parser reads (JSON, or another format Jackson parses into the same tokens), or null
     * with the problem added when it is not well-formed. The parser is closed.
     *
     * @param format the format's name, for the problem
     */
    public static @Nullable Value parse(JsonParser source, String format, List<Problem> problems) {
        JsonTree tree = null;
        try (JsonParser parser = source) {
            tree = new JsonTree(parser, problems);
            if (parser.nextToken() == null) {
                problems.add(new Problem("", 1, "the document is empty"));
                return null;
            }
            Value root = tree.value();
            if (parser.nextToken() != null) {
                problems.add(new Problem("", line(parser), column(parser), "nothing may follow the document"));
                return null;
            }
            return root;
        } catch (JacksonException malformed) {
            var location = malformed.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            String where = tree == null ? "" : tree.path;
            problems.add(new Problem(
                    where,
                    line > 0 ? line : null,
                    column > 0 ? column : null,
                    "not well-formed " + format + ": " + malformed.getOriginalMessage()));
            return null;
        }
    }

    private Value value() {
        int line = line(parser);
        int column = column(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(line, column);
            case START_ARRAY -> array(line, column);
            case VALUE_STRING -> new JsonText(parser.getString(), line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue(), line, column);
            case VALUE_TRUE -> new JsonBoolean(true, line, column);
            case VALUE_FALSE -> new JsonBoolean(false, line, column);
            default -> new JsonNull(line, column);
        };
    }

    private JsonObject object(int line, int column) {
        String parent = path;
        Map<String, Value> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            path = Paths.member(parent, name);
            int nameLine = line(parser);
            int nameColumn = column(parser);
            parser.nextToken();
            Value value = value();
            if (members.putIfAbsent(name, value) != null) {
                problems.add(new Problem(path, nameLine, nameColumn, "appears twice"));
            }
        }
        path = parent;
        return new JsonObject(Collections.unmodifiableMap(members), line, column);
    }

    private JsonArray array(int line, int column) {
        String parent = path;
        List<Value> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            path = Paths.item(parent, items.size());
            items.add(value());
        }
        path = parent;
        return new JsonArray(List.copyOf(items), line, column);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static int column(JsonParser parser) {
        return parser.currentTokenLocation().getColumnNr();
    }
}
