package org.openpathways.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template holds visible text of its own: every word a person reads comes from a message bundle, so it exists in
 * every language. Text inside an element whose content Thymeleaf replaces is only a prototype and is allowed.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "value", "content");
    static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    @Test
    void pageTemplatesShowOnlyTextsFromTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : files(".html")) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (Set.of("script", "style").contains(element.normalName())) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (readable(text.text()) && !replacedByThymeleaf(element)) {
                        problems.add(name(template) + ": text \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute)
                            && readable(element.attr(attribute))
                            && !element.hasAttr("th:" + attribute)
                            && !element.hasAttr("th:attr")
                            && !isMachineValue(element, attribute)) {
                        problems.add(
                                name(template) + ": attribute " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void mailTemplatesAreMadeOnlyOfBundleTextsAndValues() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : files(".txt")) {
            String outsideExpressions = Files.readString(template).replaceAll("\\[\\((.*?)\\)]|\\[\\[(.*?)]]", "");
            if (readable(outsideExpressions)) {
                problems.add(name(template) + ": " + outsideExpressions.strip());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        Document document =
                Jsoup.parse("<p class=\"x\">Hello there</p><p th:text=\"#{a}\">Prototype</p>", "", Parser.xmlParser());
        Element literal = document.getAllElements().get(1);
        Element prototype = document.getAllElements().get(2);
        assertThat(readable(literal.textNodes().get(0).text()) && !replacedByThymeleaf(literal))
                .isTrue();
        assertThat(replacedByThymeleaf(prototype)).isTrue();
    }

    /** Letters in any script; punctuation, digits and symbols alone are not words to translate. */
    static boolean readable(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean replacedByThymeleaf(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            for (String attribute : CONTENT_REPLACING) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
            if (current.hasAttr("th:fragment") && current.parent() == null) {
                return false;
            }
        }
        return false;
    }

    /** Values that are data for machines, not text for people: input values, meta contents, option codes. */
    private static boolean isMachineValue(Element element, String attribute) {
        return switch (attribute) {
            case "value" -> !element.normalName().equals("button") && !"submit".equals(element.attr("type"));
            case "content" -> element.normalName().equals("meta");
            default -> false;
        };
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString();
    }
}
