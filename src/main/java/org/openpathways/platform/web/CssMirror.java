package org.openpathways.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mirrors a stylesheet for right-to-left pages, as rtlcss does: left and right swap in property names and keyword
 * values, four-value box shorthands and corner radii swap sides, horizontal translations and rotations change sign.
 * Used to derive the Arabic stylesheet from the design system's left-to-right one.
 */
final class CssMirror {

    /** A declaration follows '{' or ';' and ends before ';' or '}'; selectors never sit between those. */
    private static final Pattern DECLARATION = Pattern.compile("(?<=[{;])(\\s*)([-a-zA-Z]+)(\\s*:\\s*)([^;{}]+)");

    private static final Pattern LEFT_OR_RIGHT = Pattern.compile("\\b(left|right)\\b");
    private static final Pattern ROTATE = Pattern.compile("rotate\\(\\s*(-?[0-9.]+)(deg|turn|rad|grad)\\s*\\)");
    private static final Pattern TRANSLATE_X = Pattern.compile("translateX\\(\\s*([^)]+?)\\s*\\)");
    private static final Pattern TRANSLATE = Pattern.compile("translate(3d)?\\(\\s*([^,)]+?)\\s*([,)])");

    private CssMirror() {}

    static String mirror(String css) {
        Matcher matcher = DECLARATION.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (matcher.find()) {
            String property = matcher.group(2);
            String value = matcher.group(4);
            String declaration =
                    matcher.group(1) + swapSides(property) + matcher.group(3) + mirrorValue(property, value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(declaration));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String mirrorValue(String property, String value) {
        int important = value.indexOf("!important");
        if (important >= 0) {
            return mirrorValue(property, value.substring(0, important)) + value.substring(important);
        }
        String name = property.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "float", "clear", "text-align", "background-position", "background-position-x", "caption-side" ->
                swapSides(value);
            case "margin",
                    "padding",
                    "border-width",
                    "border-color",
                    "border-style",
                    "inset",
                    "scroll-margin",
                    "scroll-padding" -> swapFourValueSides(value);
            case "border-radius" -> swapCorners(value);
            case "transform", "-webkit-transform" -> mirrorTransform(value);
            case "box-shadow", "text-shadow" -> negateShadowOffsets(value);
            case "direction" ->
                value.trim().equals("ltr") ? "rtl" : value.trim().equals("rtl") ? "ltr" : value;
            default -> value;
        };
    }

    static String swapSides(String text) {
        Matcher matcher = LEFT_OR_RIGHT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, matcher.group(1).equals("left") ? "right" : "left");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String swapFourValueSides(String value) {
        List<String> parts = splitTopLevel(value, ' ');
        if (parts.size() != 4) {
            return value;
        }
        return String.join(" ", parts.get(0), parts.get(3), parts.get(2), parts.get(1));
    }

    private static String swapCorners(String value) {
        if (value.contains("/")) {
            return value;
        }
        List<String> parts = splitTopLevel(value, ' ');
        return switch (parts.size()) {
            case 2 -> String.join(" ", parts.get(1), parts.get(0));
            case 3 -> String.join(" ", parts.get(1), parts.get(0), parts.get(1), parts.get(2));
            case 4 -> String.join(" ", parts.get(1), parts.get(0), parts.get(3), parts.get(2));
            default -> value;
        };
    }

    private static String mirrorTransform(String value) {
        String result = replaceNumber(ROTATE, value, m -> "rotate(" + negate(m.group(1)) + m.group(2) + ")");
        result = replaceNumber(TRANSLATE_X, result, m -> "translateX(" + negate(m.group(1)) + ")");
        return replaceNumber(
                TRANSLATE,
                result,
                m -> "translate" + (m.group(1) == null ? "" : m.group(1)) + "(" + negate(m.group(2)) + m.group(3));
    }

    private static String negateShadowOffsets(String value) {
        List<String> shadows = splitTopLevel(value, ',');
        List<String> mirrored = new ArrayList<>();
        for (String shadow : shadows) {
            List<String> parts = splitTopLevel(shadow.trim(), ' ');
            int offset = firstLengthIndex(parts);
            if (offset >= 0) {
                parts.set(offset, negate(parts.get(offset)));
            }
            mirrored.add(String.join(" ", parts));
        }
        return String.join(",", mirrored);
    }

    private static int firstLengthIndex(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).matches("-?[0-9.]+[a-z%]*")) {
                return i;
            }
        }
        return -1;
    }

    static String negate(String length) {
        String trimmed = length.trim();
        if (trimmed.matches("-?0*\\.?0+[a-z%]*")) {
            return trimmed;
        }
        if (trimmed.startsWith("-")) {
            return trimmed.substring(1);
        }
        if (trimmed.startsWith("calc(") || trimmed.startsWith("var(")) {
            return "calc(-1 * " + trimmed + ")";
        }
        return "-" + trimmed;
    }

    private static String replaceNumber(
            Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Splits on a separator outside parentheses, so {@code calc(1px + 2px)} stays one part. */
    private static List<String> splitTopLevel(String value, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : value.trim().toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == separator && depth == 0) {
                if (!current.isEmpty()) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
