package org.openpathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context its own empty database on {@link TestPostgres} and its own data folder (documents,
 * keys), so contexts never see each other's rows and every test runs on real PostgreSQL.
 */
public class PerContextDatabase implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean springBoot = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                        .isPresent(SpringBootTest.class)
                || MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                        .isPresent("org.springframework.modulith.test.ApplicationModuleTest");
        return springBoot ? new Customizer() : null;
    }

    /** All instances are equal: the database is made when a context is actually built, not per test class. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            TestPostgres postgres = TestPostgres.get();
            Path dataFolder;
            try {
                dataFolder = Files.createTempDirectory("openpathways-test-data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "perContextDatabase",
                            Map.of(
                                    "spring.datasource.url", postgres.createDatabase(),
                                    "spring.datasource.username", postgres.username(),
                                    "spring.datasource.password", postgres.password(),
                                    "openpathways.data-dir", dataFolder.toString())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
