package org.openpathways.testing;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.openpathways.testing.EndpointShape.FieldSpec;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hostile requests for an endpoint of a given shape. Each one carries at least one value no endpoint may accept
 * (see {@link HostileInputs#mustReject()}), or is not even well-formed: wrong JSON types, malformed or deeply nested
 * JSON, invalid UTF-8, the wrong content type, and, once per endpoint, a body over the size limit.
 */
public final class HostileRequests {

    private static final List<String> GUESSED_FIELDS = List.of("name", "text", "email", "code", "description");

    private HostileRequests() {}

    public static Arbitrary<HostileRequest> forShape(EndpointShape shape) {
        Arbitrary<Map<String, String>> query = parameters(shape.queryParameters());
        Arbitrary<String> key = Arbitraries.oneOf(
                        Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(40),
                        Arbitraries.of("clé", "k".repeat(300), "tab\tkey"))
                .injectNull(0.6);
        Arbitrary<Payload> payload = switch (shape.kind()) {
            case JSON -> json(shape.fields());
            case FORM -> form(shape.fields());
            case MULTIPART -> multipart(shape.fileParts(), shape.fields());
        };
        return Combinators.combine(payload, query, key)
                .as((body, parameters, idempotencyKey) -> new HostileRequest(
                        body.contentType(),
                        body.bytes(),
                        body.files(),
                        merge(parameters, body.form()),
                        idempotencyKey));
    }

    /** A JSON body over the API's 1 MB limit. */
    public static HostileRequest oversized(EndpointShape shape) {
        String field = shape.fields().isEmpty() ? "text" : shape.fields().get(0).name();
        byte[] body = ("{\"" + field + "\":\"" + "A".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        return new HostileRequest(MediaType.APPLICATION_JSON_VALUE, body, List.of(), Map.of(), null);
    }

    private static Arbitrary<Payload> json(List<FieldSpec> fields) {
        Arbitrary<byte[]> structured = object(fields.isEmpty() ? guessed() : fields, 0)
                .map(value -> HostileInputs.json(value).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> wrongTopLevel = Arbitraries.oneOf(
                HostileInputs.mustReject().map(text -> HostileInputs.json(text).getBytes(StandardCharsets.UTF_8)),
                HostileInputs.mustReject()
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(3)
                        .map(list -> HostileInputs.json(list).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("123456789012345678901234567890", "true", "-1e400")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<byte[]> invalidUtf8 =
                Combinators.combine(structured, HostileInputs.invalidUtf8()).as(HostileRequests::spliceIntoFirstString);
        Arbitrary<Payload> asJson = Arbitraries.frequencyOf(
                        Tuple.of(12, structured),
                        Tuple.of(2, HostileInputs.malformedJson()),
                        Tuple.of(2, invalidUtf8),
                        Tuple.of(1, HostileInputs.deepNesting()),
                        Tuple.of(2, wrongTopLevel))
                .map(bytes -> Payload.raw(MediaType.APPLICATION_JSON_VALUE, bytes));
        Arbitrary<Payload> otherType = structured.map(bytes -> Payload.raw(MediaType.TEXT_PLAIN_VALUE, bytes));
        return Arbitraries.frequencyOf(Tuple.of(9, asJson), Tuple.of(1, otherType));
    }

    private static Arbitrary<Payload> form(List<FieldSpec> fields) {
        List<String> names = flatNames(fields.isEmpty() ? guessed() : fields, "");
        Arbitrary<String> refused = Arbitraries.oneOf(
                HostileInputs.mustReject().map(HostileRequests::formEncoded),
                Arbitraries.of("%C3%28", "%FF%FE", "%ED%A0%80", "abc%00def", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        Arbitrary<String> other = Arbitraries.oneOf(
                        Arbitraries.of("Amina", "1", "true", "2024-01-01", "someone@example.org"),
                        HostileInputs.hostile())
                .map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8));
        List<Integer> targets = IntStream.range(0, names.size())
                .filter(i -> !opaque(names.get(i)))
                .boxed()
                .toList();
        return Combinators.combine(
                        Arbitraries.of(targets.isEmpty() ? List.of(0) : targets),
                        refused,
                        other.list().ofSize(names.size()))
                .as((target, bad, values) -> {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < names.size(); i++) {
                        body.append(i == 0 ? "" : "&")
                                .append(names.get(i))
                                .append('=')
                                .append(i == target ? bad : values.get(i));
                    }
                    return Payload.raw(
                            MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                            body.toString().getBytes(StandardCharsets.US_ASCII));
                });
    }

    /**
     * URL-encodes text for a form body, keeping a lone surrogate as the (invalid) UTF-8 bytes of its code unit.
     * {@link URLEncoder} would turn it into "?", which makes "lone \uD800 high" a harmless "lone ? high" that an
     * endpoint may rightly accept.
     */
    static String formEncoded(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone) {
                out.append(URLEncoder.encode(text.substring(start, i), StandardCharsets.UTF_8));
                out.append(String.format(
                        "%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
                start = i + 1;
            }
        }
        return out.append(URLEncoder.encode(text.substring(start), StandardCharsets.UTF_8))
                .toString();
    }

    private static Arbitrary<Payload> multipart(List<String> parts, List<FieldSpec> fields) {
        Arbitrary<String> filename = Arbitraries.oneOf(
                Arbitraries.of(HostileInputs.PATHS),
                HostileInputs.mustReject().map(text -> text.length() > 300 ? text.substring(0, 300) : text),
                Arbitraries.of("report.pdf\u0000.exe", "photo.jpg.html", "CON", ".htaccess", ""));
        Arbitrary<byte[]> content = Arbitraries.oneOf(
                Arbitraries.of("<html><script>alert(1)</script></html>", "%PDF-1.7\n<script>", "MZ\u0090\u0000")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2048));
        Arbitrary<String> type =
                Arbitraries.of("application/pdf", "image/png", "text/html", "application/x-msdownload");
        List<String> names = parts.isEmpty() ? List.of("file") : parts;
        Arbitrary<List<MockMultipartFile>> files = Combinators.combine(filename, content, type)
                .as((name, bytes, mime) -> new Object[] {name, bytes, mime})
                .list()
                .ofSize(names.size())
                .map(specs -> {
                    List<MockMultipartFile> built = new ArrayList<>();
                    for (int i = 0; i < names.size(); i++) {
                        Object[] spec = specs.get(i);
                        built.add(new MockMultipartFile(
                                names.get(i), (String) spec[0], (String) spec[2], (byte[]) spec[1]));
                    }
                    return built;
                });
        return Combinators.combine(files, parameters(flatNames(fields, "")))
                .as((built, form) -> new Payload(MediaType.MULTIPART_FORM_DATA_VALUE, new byte[0], built, form));
    }

    /**
     * A JSON object for the given fields: one field, chosen at random among the text fields (or among all when there are
     * none), holds a value no endpoint may accept; the others hold plausible values, SQL or path tricks, or are left
     * out, so that the refusal has to come from the endpoint's own validation of that field.
     */
    private static Arbitrary<Object> object(List<FieldSpec> fields, int depth) {
        List<List<String>> text = leafPaths(fields, true).stream()
                .filter(path -> !opaque(path.get(path.size() - 1)))
                .toList();
        List<List<String>> targets = text.isEmpty() ? leafPaths(fields, false) : text;
        return Arbitraries.of(targets).flatMap(target -> object(fields, target, depth));
    }

    private static Arbitrary<Object> object(List<FieldSpec> fields, List<String> target, int depth) {
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (FieldSpec field : fields) {
            boolean targeted = field.name().equals(target.get(0));
            if (targeted && target.size() > 1) {
                values.add(object(field.nested(), target.subList(1, target.size()), depth + 1));
            } else if (targeted) {
                values.add(refused(field));
            } else {
                values.add(Arbitraries.frequencyOf(
                        Tuple.of(5, Plausible.value(field)),
                        Tuple.of(2, HostileInputs.hostile().map(s -> (Object) s)),
                        Tuple.of(2, Arbitraries.just(ABSENT))));
            }
        }
        return Combinators.combine(values).as(generated -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                if (generated.get(i) != ABSENT) {
                    object.put(fields.get(i).name(), generated.get(i));
                }
            }
            return object;
        });
    }

    /**
     * Whether a field holds a secret, which may rightly be any text at all (a password of SQL and markup is a strong
     * password, not an attack), so it cannot be the field that makes a request one to refuse.
     */
    private static boolean opaque(String name) {
        return name.toLowerCase(Locale.ROOT).contains("password");
    }

    /** What the targeted field gets: refused text, or for other types a value of the wrong shape. */
    private static Arbitrary<Object> refused(FieldSpec field) {
        Arbitrary<Object> text = HostileInputs.mustReject().map(s -> s);
        if (Collection.class.isAssignableFrom(field.type()) || field.type().isArray()) {
            return Arbitraries.oneOf(
                    HostileInputs.mustReject().list().ofMinSize(1).ofMaxSize(3).map(l -> l), text);
        }
        if (field.type() == String.class || field.type() == CharSequence.class) {
            return Arbitraries.frequencyOf(Tuple.of(6, text), Tuple.of(1, HostileInputs.wrongShape()));
        }
        return Arbitraries.oneOf(text, HostileInputs.wrongShape());
    }

    private static List<List<String>> leafPaths(List<FieldSpec> fields, boolean textOnly) {
        List<List<String>> paths = new ArrayList<>();
        for (FieldSpec field : fields) {
            if (!field.nested().isEmpty()) {
                for (List<String> nested : leafPaths(field.nested(), textOnly)) {
                    List<String> path = new ArrayList<>(List.of(field.name()));
                    path.addAll(nested);
                    paths.add(path);
                }
            } else if (!textOnly || field.type() == String.class || field.type() == CharSequence.class) {
                paths.add(List.of(field.name()));
            }
        }
        return paths;
    }

    private static final Object ABSENT = new Object();

    private static Arbitrary<Map<String, String>> parameters(List<String> names) {
        if (names.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        return HostileInputs.hostile().list().ofSize(names.size()).map(values -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String value = values.get(i);
                parameters.put(names.get(i), value.length() > 2000 ? value.substring(0, 2000) : value);
            }
            return parameters;
        });
    }

    private static List<String> flatNames(List<FieldSpec> fields, String prefix) {
        List<String> names = new ArrayList<>();
        for (FieldSpec field : fields) {
            if (field.nested().isEmpty()) {
                names.add(prefix + field.name());
            } else {
                names.addAll(flatNames(field.nested(), prefix + field.name() + "."));
            }
        }
        return names;
    }

    private static List<FieldSpec> guessed() {
        return GUESSED_FIELDS.stream()
                .map(name -> new FieldSpec(name, String.class, List.of()))
                .toList();
    }

    private static byte[] spliceIntoFirstString(byte[] json, byte[] invalid) {
        int quote = indexOf(json, (byte) ':');
        int at = quote < 0 ? 1 : quote + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, Math.min(at, json.length));
        out.writeBytes(invalid);
        if (at < json.length) {
            out.write(json, at, json.length - at);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> merge(Map<String, String> first, Map<String, String> second) {
        Map<String, String> merged = new LinkedHashMap<>(first);
        merged.putAll(second);
        return merged;
    }

    record Payload(String contentType, byte[] bytes, List<MockMultipartFile> files, Map<String, String> form) {

        static Payload raw(String contentType, byte[] bytes) {
            return new Payload(contentType, bytes, List.of(), Map.of());
        }
    }
}
