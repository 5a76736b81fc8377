package org.openpathways.permits;

import java.util.List;
import org.openpathways.permits.persistence.PermitRecords;
import org.openpathways.platform.api.RateLimitedLookups;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PermitsProperties.class)
class PermitsConfiguration {

    @Bean
    EncryptedColumn permitHolderName() {
        return PermitRecords.HOLDER_NAME;
    }

    /** Verification by number must not become a way to find holders by trying numbers. */
    @Bean
    RateLimitedLookups permitVerification() {
        return () -> List.of("/api/v1/permits/*/verification", "/permits/verify", "/permits/verify/*");
    }

    @Bean
    EncryptedColumn permitRevocationExplanation() {
        return PermitRecords.REVOCATION_EXPLANATION;
    }
}
