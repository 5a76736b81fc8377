package org.openpathways.shared.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the encryption keys are kept.
 *
 * @param keyFile the key ring file (owner-only permissions); see {@code docs/adr} on field encryption
 * @param generateIfMissing create a new key ring on first run (demo mode and tests); in production the operator
 *     provides the file, and a missing file stops the start rather than silently creating new keys
 */
@ConfigurationProperties("openpathways.crypto")
public record CryptoProperties(
        @DefaultValue("data/keys/keyring.properties") Path keyFile, boolean generateIfMissing) {}
