package org.openpathways.shared.crypto;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    AesGcmFieldEncryption fieldEncryption(CryptoProperties properties) {
        Path file = properties.keyFile();
        if (!Files.exists(file)) {
            if (!properties.generateIfMissing()) {
                throw new MissingKeyRingException(file.toAbsolutePath());
            }
            KeyRing.generate().save(file);
            log.info(
                    "Created a new key ring in {} (owner-only permissions); back it up apart from the data",
                    file.toAbsolutePath());
        }
        warnIfOthersCanRead(file);
        return new AesGcmFieldEncryption(KeyRing.load(file));
    }

    private static void warnIfOthersCanRead(Path file) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Set<PosixFilePermission> open = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            open.retainAll(
                    EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            if (!open.isEmpty()) {
                log.warn(
                        "The key ring {} can be read or run by others ({}); restrict it to its owner (chmod 600)",
                        file.toAbsolutePath(),
                        open);
            }
        } catch (IOException e) {
            log.warn("The permissions of the key ring {} could not be read", file.toAbsolutePath(), e);
        }
    }
}
