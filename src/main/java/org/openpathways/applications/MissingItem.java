package org.openpathways.applications;

import java.util.List;

/**
 * One thing an application still lacks before it can be submitted, or one answer that cannot be accepted.
 *
 * @param field the form field (and API body path) concerned, e.g. {@code applicant.birthDate}, {@code
 *     documents.passport}, {@code children[1].birthDate}
 * @param messageKey the message that says what to do, in the applicant's language
 * @param arguments the message's arguments: plain values, or message keys to resolve first when they start with
 *     {@code #}
 */
public record MissingItem(String field, String messageKey, List<Object> arguments) {

    public MissingItem {
        arguments = List.copyOf(arguments);
    }

    public static MissingItem of(String field, String problem, Object... arguments) {
        return new MissingItem(field, "applications.missing." + problem, List.of(arguments));
    }
}
