package org.openpathways.documents.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.openpathways.documents.domain.FileNameRejected.Reason;

/**
 * The name a file was uploaded with, kept only as a label: files are stored under generated ids, so the name never
 * reaches a file system. It is still refused when it could mislead anyone who saves or reads it later: path
 * separators, {@code ..}, control and direction-override characters, characters Windows forbids, reserved device
 * names, broken Unicode, or more than 255 bytes.
 *
 * <p>Accepted names are normalised (Unicode NFC, spaces trimmed and collapsed), so that the same name always looks
 * and compares the same.
 */
public record FileName(String value) {

    public static final int MAX_BYTES = 255;

    /** Longer input is refused before any work is done on it. */
    private static final int MAX_INPUT_CHARS = 4 * MAX_BYTES;

    private static final String FORBIDDEN_ASCII = "/\\<>:\"|?*";
    private static final Pattern SPACES = Pattern.compile("\\p{Zs}+");
    private static final Set<String> DEVICE_NAMES = Set.of(
            "con", "prn", "aux", "nul", "clock$", "conin$", "conout$", "com0", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "com¹", "com²", "com³", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5",
            "lpt6", "lpt7", "lpt8", "lpt9", "lpt¹", "lpt²", "lpt³");

    /**
     * Checks and normalises a name as sent by a browser or client.
     *
     * @throws FileNameRejected when the name is missing, too long or not allowed; nothing else is thrown
     */
    public FileName {
        value = checked(value);
    }

    public static FileName of(String raw) {
        return new FileName(raw);
    }

    private static String checked(String raw) {
        if (raw.length() > MAX_INPUT_CHARS) {
            throw new FileNameRejected(Reason.TOO_LONG);
        }
        if (!wellFormed(raw)) {
            throw new FileNameRejected(Reason.NOT_ALLOWED);
        }
        String name = normalise(raw);
        if (name.isEmpty()) {
            throw new FileNameRejected(Reason.MISSING);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new FileNameRejected(Reason.TOO_LONG);
        }
        if (!wellFormed(name) || misleading(name)) {
            throw new FileNameRejected(Reason.NOT_ALLOWED);
        }
        return name;
    }

    private static String normalise(String raw) {
        return SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Every character is an assigned Unicode character (no lone surrogates) and none is invisible or controlling. */
    private static boolean wellFormed(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!allowedCharacter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean allowedCharacter(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c != 0x7f && FORBIDDEN_ASCII.indexOf(c) < 0;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL
                && type != Character.SURROGATE
                && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && !directionControl(c)
                && c != 0xfeff // byte-order mark
                && c != 0xfffd // what a decoder leaves for bytes that were not valid UTF-8
                && (c & 0xfffe) != 0xfffe
                && !(c >= 0xfdd0 && c <= 0xfdef);
    }

    /** Characters that reorder the text around them, so that a name ending in {@code .exe} can display as {@code .pdf}. */
    private static boolean directionControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x061c;
    }

    private static boolean misleading(String name) {
        if (name.contains("..") || name.endsWith(".")) {
            return true;
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
        return DEVICE_NAMES.contains(base);
    }
}
