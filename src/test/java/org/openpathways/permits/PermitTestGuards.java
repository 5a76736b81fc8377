package org.openpathways.permits;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What a later capability will publish, in miniature: holders under protection, whose permits may not be revoked. */
@TestConfiguration(proxyBeanMethods = false)
public class PermitTestGuards {

    public static final String REASON = "complaints.holder-protected";

    @Bean
    Protections protections() {
        return new Protections();
    }

    @Bean
    RevocationGuard protectedHolders(Protections protections) {
        return permit -> protections.numbers.contains(permit.number()) ? Optional.of(REASON) : Optional.empty();
    }

    public static class Protections {

        private final Set<PermitNumber> numbers = ConcurrentHashMap.newKeySet();

        public void protect(PermitNumber number) {
            numbers.add(number);
        }
    }
}
