package org.openpathways.notifications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/**
 * A message to one person, rendered from a template in their language.
 *
 * @param recipient the account the message is for (its inbox)
 * @param emailAddress where to send the e-mail; {@code null} when the person has no usable address
 * @param language the language to write in
 * @param template the template's name, {@code <module>/<name>}: the text is {@code templates/mail/<template>.txt},
 *     the subject the message {@code mail.<module>.<name>.subject}
 * @param variables the values the template uses; never logged
 * @param channels where the message goes
 */
public record Notification(
        UUID recipient,
        @Nullable String emailAddress,
        Language language,
        String template,
        Map<String, Object> variables,
        Set<Channel> channels) {

    public Notification {
        if (!template.matches("[a-z][a-z0-9-]*/[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A template is named <module>/<name>: " + template);
        }
        variables = Map.copyOf(variables);
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    public static Notification byEmailAndInbox(
            UUID recipient, String emailAddress, Language language, String template, Map<String, Object> variables) {
        return new Notification(
                recipient, emailAddress, language, template, variables, EnumSet.of(Channel.EMAIL, Channel.INBOX));
    }

    public static Notification byEmailOnly(
            UUID recipient, String emailAddress, Language language, String template, Map<String, Object> variables) {
        return new Notification(recipient, emailAddress, language, template, variables, EnumSet.of(Channel.EMAIL));
    }

    String subjectKey() {
        return "mail." + template.replace('/', '.') + ".subject";
    }

    public enum Channel {
        EMAIL,
        INBOX
    }
}
