package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.WorkTie;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class PathwayMessagesTest {

    private static final String[] LANGUAGES = {"", "_fr", "_es", "_ar"};

    @Test
    void everyLanguageHasEveryKeyWithAText() throws IOException {
        Set<String> english = bundle("messages/pathways.properties").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties bundle = bundle("messages/pathways" + language + ".properties");

            assertThat(bundle.stringPropertyNames()).as(language).isEqualTo(english);
            bundle.forEach((key, text) ->
                    assertThat(text.toString()).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> keys = new HashSet<>(bundle("messages/pathways.properties").stringPropertyNames());
        keys.addAll(bundle("messages/platform.properties").stringPropertyNames());
        Pattern literalKey = Pattern.compile("#\\{([a-z][a-z0-9.\\-]+)");
        Resource[] templates =
                new PathMatchingResourcePatternResolver().getResources("classpath:templates/pathways/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = literalKey.matcher(html);
            while (matcher.find()) {
                assertThat(keys).as(template.getFilename()).contains(matcher.group(1));
            }
        }
    }

    @Test
    void everyCategoryAndWorkTieHasItsLabel() throws IOException {
        Set<String> keys = bundle("messages/pathways.properties").stringPropertyNames();
        for (PathwayCategory category : PathwayCategory.values()) {
            assertThat(keys).contains("pathways.category." + category.code());
        }
        for (WorkTie tie : WorkTie.values()) {
            assertThat(keys).contains("pathways.permit.work." + tie.code());
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
