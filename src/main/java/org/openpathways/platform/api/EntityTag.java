package org.openpathways.platform.api;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP entity tag (RFC 9110, section 8.8.3). For versioned records the tag is the version number, so
 * {@code ETag: "7"} names version 7 and a client sends it back in {@code If-Match} to change exactly that version.
 */
public record EntityTag(String opaque, boolean weak) {

    public static EntityTag ofVersion(long version) {
        return new EntityTag(Long.toString(version), false);
    }

    /** Both strong and the same: what {@code If-Match} requires. */
    public boolean strongMatch(EntityTag other) {
        return !weak && !other.weak && opaque.equals(other.opaque);
    }

    /** The same apart from weakness: what {@code If-None-Match} requires. */
    public boolean weakMatch(EntityTag other) {
        return opaque.equals(other.opaque);
    }

    @Override
    public String toString() {
        return (weak ? "W/" : "") + '"' + opaque + '"';
    }

    /**
     * The tags of an {@code If-Match} or {@code If-None-Match} value; {@code *} is returned as the tag {@code *}. A
     * malformed member ends the list, so a garbled header matches nothing.
     */
    static List<EntityTag> parseList(String header) {
        List<EntityTag> tags = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (c == '*') {
                tags.add(new EntityTag("*", false));
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= header.length() || header.charAt(open) != '"') {
                break;
            }
            int close = header.indexOf('"', open + 1);
            if (close < 0) {
                break;
            }
            tags.add(new EntityTag(header.substring(open + 1, close), weak));
            i = close + 1;
        }
        return tags;
    }

    boolean isAny() {
        return !weak && "*".equals(opaque);
    }
}
