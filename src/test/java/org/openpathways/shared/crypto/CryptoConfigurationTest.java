package org.openpathways.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Starting with and without a key ring file. */
class CryptoConfigurationTest {

    @TempDir
    Path data;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CryptoProperties.class)
    static class Properties {}

    private final ApplicationContextRunner application =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, CryptoConfiguration.class);

    @Test
    void theFirstRunCreatesAKeyRingForItsOwnerOnly() {
        Path file = data.resolve("keys/keyring.properties");

        application
                .withPropertyValues(
                        "openpathways.crypto.key-file=" + file, "openpathways.crypto.generate-if-missing=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(FieldEncryption.class);
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .isEqualTo("rw-------");
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                            .isEqualTo("rwx------");
                    assertThat(KeyRing.load(file).activeKeyId())
                            .isEqualTo(context.getBean(AesGcmFieldEncryption.class)
                                    .keyRing()
                                    .activeKeyId());
                });
    }

    @Test
    void aLaterRunUsesTheSameKeys() {
        Path file = data.resolve("keys/keyring.properties");
        KeyRing existing = KeyRing.generate();
        existing.save(file);

        application
                .withPropertyValues(
                        "openpathways.crypto.key-file=" + file, "openpathways.crypto.generate-if-missing=true")
                .run(context -> assertThat(context.getBean(AesGcmFieldEncryption.class)
                                .keyRing()
                                .activeKeyId())
                        .isEqualTo(existing.activeKeyId()));
    }

    @Test
    void theStartIsRefusedWhenTheKeyRingIsMissingAndMayNotBeGenerated() {
        Path file = data.resolve("keys/keyring.properties");

        application
                .withPropertyValues(
                        "openpathways.crypto.key-file=" + file, "openpathways.crypto.generate-if-missing=false")
                .run(context -> {
                    assertThat(context)
                            .hasFailed()
                            .getFailure()
                            .rootCause()
                            .isInstanceOf(MissingKeyRingException.class)
                            .hasMessageContaining(file.toString())
                            .hasMessageContaining("openpathways.crypto.generate-if-missing=true");
                    var analysis = new MissingKeyRingFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains(file.toString());
                    assertThat(analysis.getAction()).contains("Restore the key ring file from its backup");
                });
        assertThat(file).doesNotExist();
    }
}
