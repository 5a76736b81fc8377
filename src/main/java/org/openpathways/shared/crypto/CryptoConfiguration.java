package org.openpathways.shared.crypto;

import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    AesGcmFieldEncryption fieldEncryption(CryptoProperties properties) {
        var file = properties.keyFile();
        if (!Files.exists(file)) {
            if (!properties.generateIfMissing()) {
                throw new IllegalStateException("The key ring " + file.toAbsolutePath() + " does not exist. Provide it,"
                        + " or set openpathways.crypto.generate-if-missing=true to create one (demo and first runs).");
            }
            KeyRing.generate().save(file);
            log.info(
                    "Created a new key ring in {} (owner-only permissions); back it up apart from the data",
                    file.toAbsolutePath());
        }
        return new AesGcmFieldEncryption(KeyRing.load(file));
    }
}
