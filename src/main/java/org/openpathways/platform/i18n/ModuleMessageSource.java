package org.openpathways.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in its own bundle, {@code messages/<module>.properties} with {@code _fr}, {@code _es}
 * and {@code _ar} siblings; this finds them all, so a new module's texts need no configuration.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessageSource {

    static final String LOCATION = "classpath*:messages/*.properties";

    @Bean
    MessageSource messageSource() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        source.setCacheMillis(-1);
        return source;
    }

    static String[] bundleBasenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
                    .map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The message bundles could not be listed", e);
        }
    }
}
