package org.openpathways.testing;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile input. Every string from {@link #mustReject()} is something no endpoint may accept and store:
 * markup, control characters (NUL among them), broken UTF-16, or text far longer than any field. SQL fragments and
 * path tricks ride along with them, so that an endpoint that uses a value before validating it is caught too.
 */
public final class HostileInputs {

    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(document.cookie)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<iframe srcdoc=\"<script>parent.alert(1)</script>\">",
            "<!--#exec cmd=\"id\"-->",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "1; DROP TABLE audit_entry; --",
            "'); DELETE FROM platform_idempotency_key; --",
            "\" OR \"\"=\"",
            "1 UNION SELECT table_name FROM information_schema.tables --",
            "$$; SELECT pg_sleep(10); $$",
            "\\'; TRUNCATE event_publication; --",
            "%' AND 1=CAST((SELECT version()) AS int) --");

    static final List<String> PATHS = List.of(
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "....//....//etc/hosts",
            "/etc/shadow",
            "file:///etc/passwd",
            "C:\\boot.ini");

    static final List<String> CONTROL = List.of("\u0000", "\u0007", "\u001b[2J", "\u0008", "\u007f", "\u0085");

    private HostileInputs() {}

    /** A string that no endpoint may accept. */
    public static Arbitrary<String> mustReject() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMaxLength(12);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(MARKUP)),
                Tuple.of(
                        3,
                        Combinators.combine(Arbitraries.of(SQL), Arbitraries.of(MARKUP))
                                .as((s, m) -> s + " " + m)),
                Tuple.of(
                        3,
                        Combinators.combine(word, Arbitraries.of(CONTROL), word).as((a, c, b) -> a + c + b)),
                Tuple.of(2, Arbitraries.of(PATHS).map(path -> path + "\u0000.pdf")),
                Tuple.of(1, Arbitraries.of("lone \uD800 high", "lone \uDC00 low", "\uDBFF")),
                Tuple.of(1, Arbitraries.integers().between(100_001, 200_000).map("A"::repeat)));
    }

    /** Any hostile string, including SQL and path tricks that are only text. */
    public static Arbitrary<String> hostile() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, mustReject()), Tuple.of(2, Arbitraries.of(SQL)), Tuple.of(1, Arbitraries.of(PATHS)));
    }

    /** A JSON value of the wrong shape for anything: an object or array carrying hostile strings. */
    public static Arbitrary<Object> wrongShape() {
        return Arbitraries.oneOf(
                mustReject().map(text -> (Object) Map.of("value", text)),
                mustReject().list().ofMinSize(1).ofMaxSize(3).map(list -> (Object) list));
    }

    /** Bodies that are not well-formed JSON at all. */
    public static Arbitrary<byte[]> malformedJson() {
        return Arbitraries.of(
                        "{",
                        "{\"text\":",
                        "{'text': 'single quotes'}",
                        "{\"text\": \"a\",}",
                        "[1, 2,",
                        "nul",
                        "{\"text\": undefined}",
                        "{\"text\": \"a\"}{\"text\": \"b\"}",
                        "\u0000\u0000\u0000",
                        "{\"text\": \"raw\u0001control\"}",
                        "{\"a\":1e999999}",
                        "{\"a\":" + "9".repeat(5000) + "}")
                .map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Byte sequences that are not UTF-8. */
    public static Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    }

    /** Nesting far deeper than any document needs. */
    public static Arbitrary<byte[]> deepNesting() {
        return Arbitraries.integers()
                .between(600, 20_000)
                .flatMap(depth -> Arbitraries.of(
                        "[".repeat(depth) + "]".repeat(depth),
                        "{\"a\":".repeat(depth) + "\"<script>\"" + "}".repeat(depth)))
                .map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes JSON escaping every control character and every surrogate, so that lone surrogates survive as escapes. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else {
            out.append(value);
        }
    }
}
