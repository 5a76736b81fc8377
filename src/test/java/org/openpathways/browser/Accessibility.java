package org.openpathways.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a page with axe-core, injected from the copy {@code npm ci --prefix src/test/browser} installs (pinned by
 * its package-lock.json). Serious and critical violations fail the test; minor and moderate ones are axe's advice.
 */
final class Accessibility {

    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            window.axe.run(document, {resultTypes: ['violations']})
              .then(results => done(results.violations
                .map(violation => ({
                  id: violation.id,
                  impact: violation.impact,
                  help: violation.help,
                  targets: violation.nodes.map(node => JSON.stringify(node.target))
                }))))
              .catch(error => done([{id: 'axe-failed', impact: 'critical', help: String(error), targets: []}]));
            """;

    private static final Set<Object> SEVERE = Set.of("serious", "critical");
    private static final Logger LOG = LoggerFactory.getLogger(Accessibility.class);

    private static volatile String source;

    private Accessibility() {}

    /** Fails if axe finds a serious or critical violation in the page as it is now. */
    static void check(JavascriptExecutor page, String url) {
        page.executeScript(source());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        Map<Boolean, List<Map<String, Object>>> bySeverity =
                found.stream().collect(Collectors.partitioningBy(v -> SEVERE.contains(v.get("impact"))));
        bySeverity
                .get(false)
                .forEach(advice -> LOG.info("axe-core advice on {}: {}", withoutQuery(url), describe(advice)));
        List<Map<String, Object>> violations = bySeverity.get(true);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical accessibility violations on " + url + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Map<String, Object> violation) {
        return "- " + violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + "\n    on "
                + violation.get("targets");
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String source() {
        if (source == null) {
            if (!Files.isRegularFile(AXE)) {
                throw new IllegalStateException("axe-core is missing at " + AXE.toAbsolutePath()
                        + ". Install it with `npm ci --prefix src/test/browser` (scripts/test.sh does this).");
            }
            try {
                source = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
