package org.openpathways.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person can read exists in English, French, Spanish and Arabic: no bundle lacks a key that English
 * has, none keeps an English sentence in Arabic, and placeholders match. Fails the build otherwise.
 */
class TranslationsTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final List<String> TRANSLATIONS = List.of("fr", "es", "ar");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{4,}\\b");
    /** Names and codes that stay the same in every language. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("service.name", "mail.signature");

    @Test
    void everyBundleHasEveryKeyOfEnglishInEveryLanguageAndNothingMore() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Properties base = load(english);
            for (String language : TRANSLATIONS) {
                Path translated = translationOf(english, language);
                if (!Files.exists(translated)) {
                    problems.add(translated + " is missing");
                    continue;
                }
                Properties other = load(translated);
                for (String key : base.stringPropertyNames()) {
                    String value = other.getProperty(key);
                    if (value == null || value.isBlank()) {
                        problems.add(translated.getFileName() + " lacks " + key);
                    }
                }
                for (String key : other.stringPropertyNames()) {
                    if (!base.containsKey(key)) {
                        problems.add(translated.getFileName() + " has " + key + " that English lacks");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsUseTheSamePlaceholdersAsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Properties base = load(english);
            for (String language : TRANSLATIONS) {
                Properties other = load(translationOf(english, language));
                for (String key : base.stringPropertyNames()) {
                    String value = other.getProperty(key, "");
                    if (!placeholders(base.getProperty(key)).equals(placeholders(value))) {
                        problems.add(language + ": " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicTextsAreWrittenInArabic() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Properties base = load(english);
            Properties arabic = load(translationOf(english, "ar"));
            for (String key : base.stringPropertyNames()) {
                String value = arabic.getProperty(key, "");
                String withoutNames = value.replaceAll("OpenPathways|JavaScript|WCAG|ETag|If-Match|QR|\\S+@\\S+", "");
                boolean hasArabic = value.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
                if (!SAME_IN_EVERY_LANGUAGE.contains(key)
                        && !hasArabic
                        && LATIN_WORD.matcher(withoutNames).find()) {
                    problems.add(key + " = " + value);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    static Path translationOf(Path english, String language) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", "_" + language + ".properties"));
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
