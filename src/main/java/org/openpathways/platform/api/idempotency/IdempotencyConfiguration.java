package org.openpathways.platform.api.idempotency;

import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration implements WebMvcConfigurer {

    private final IdempotentRequests idempotentRequests;

    IdempotencyConfiguration(IdempotentRequests idempotentRequests) {
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(idempotentRequests).addPathPatterns("/api/**");
    }

    @Bean
    EncryptedColumn idempotencyResponseBodies() {
        return new EncryptedColumn(IdempotencyRecords.TABLE, "id", "response_body");
    }
}
