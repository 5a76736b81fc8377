package org.openpathways.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Renders reasons from the pathways bundles the way a caller would, to check that each one can be rendered. */
final class RuleMessages {

    static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ar");
    private static final List<Properties> BUNDLES =
            LANGUAGES.stream().map(RuleMessages::load).toList();

    private RuleMessages() {}

    static void assertRenderable(Reason reason) {
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String text = render(
                    reason,
                    BUNDLES.get(i),
                    Locale.forLanguageTag(LANGUAGES.get(i).replace("_", "")));
            assertThat(text)
                    .as(reason + " in " + LANGUAGES.get(i))
                    .doesNotContain("{")
                    .isNotBlank();
        }
    }

    static String render(Reason reason, Properties bundle) {
        return render(reason, bundle, Locale.ENGLISH);
    }

    private static String render(Reason reason, Properties bundle, Locale locale) {
        String pattern = bundle.getProperty(reason.key());
        assertThat(pattern).as("message " + reason.key()).isNotNull();
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument instanceof Reason nested
                        ? render(nested, bundle, locale)
                        : argument instanceof LocalDate date ? date.toString() : argument)
                .toArray();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    static Properties english() {
        return BUNDLES.get(0);
    }

    private static Properties load(String suffix) {
        Properties properties = new Properties();
        try (var in = RuleMessages.class.getResourceAsStream("/messages/pathways" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }
}
