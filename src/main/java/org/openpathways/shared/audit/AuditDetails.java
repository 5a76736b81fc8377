package org.openpathways.shared.audit;

import java.util.SortedMap;

/** The details of an entry as one canonical JSON object, keys sorted, so that its hash can be recomputed exactly. */
final class AuditDetails {

    private AuditDetails() {}

    static String canonical(SortedMap<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        details.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
