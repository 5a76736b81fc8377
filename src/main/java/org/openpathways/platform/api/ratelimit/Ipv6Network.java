package org.openpathways.platform.api.ratelimit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The /64 network of an IPv6 address literal, parsed here rather than by {@link java.net.InetAddress}, which would look
 * up anything that is not a literal in the DNS: the address may come from a forwarded header.
 */
final class Ipv6Network {

    private Ipv6Network() {}

    /** {@code 2001:db8:0:1::/64} for {@code 2001:db8:0:1:a:b:c:d}; the text itself when it is not an IPv6 literal. */
    static String of(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        List<Integer> groups = groups(literal);
        if (groups == null) {
            return text;
        }
        return String.format(
                Locale.ROOT, "%x:%x:%x:%x::/64", groups.get(0), groups.get(1), groups.get(2), groups.get(3));
    }

    private static @Nullable List<Integer> groups(String literal) {
        String[] halves = literal.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        List<Integer> head = hexGroups(halves[0]);
        List<Integer> tail = halves.length == 2 ? hexGroups(halves[1]) : List.of();
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.size() - tail.size();
        if (halves.length == 1 ? missing != 0 : missing < 1) {
            return null;
        }
        List<Integer> all = new ArrayList<>(head);
        for (int i = 0; halves.length == 2 && i < missing; i++) {
            all.add(0);
        }
        all.addAll(tail);
        return all;
    }

    /** The 16-bit groups of one side of "::"; an IPv4 tail ({@code ::ffff:192.0.2.1}) counts as two. */
    private static @Nullable List<Integer> hexGroups(String part) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == pieces.length - 1 && piece.contains(".")) {
                int[] octets = Arrays.stream(piece.split("\\.", -1))
                        .mapToInt(Ipv6Network::octet)
                        .toArray();
                if (octets.length != 4 || Arrays.stream(octets).anyMatch(octet -> octet < 0)) {
                    return null;
                }
                groups.add(octets[0] << 8 | octets[1]);
                groups.add(octets[2] << 8 | octets[3]);
            } else if (piece.matches("[0-9a-fA-F]{1,4}")) {
                groups.add(Integer.parseInt(piece, 16));
            } else {
                return null;
            }
        }
        return groups;
    }

    private static int octet(String text) {
        return text.matches("[0-9]{1,3}") && Integer.parseInt(text) <= 255 ? Integer.parseInt(text) : -1;
    }
}
