package org.openpathways.platform.api.web;

import java.util.List;
import org.openpathways.platform.api.ProblemResponses;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    /**
     * Just after the security filters: bodies of requests that will be refused as unauthenticated are never read, and
     * the held-back response of an idempotent request passes through the security headers on its way out.
     */
    static final int BUFFERING_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    FilterRegistrationBean<ApiRequestBuffering> apiRequestBuffering(
            ApiProperties properties, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new ApiRequestBuffering(properties, problems));
        registration.setOrder(BUFFERING_ORDER);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryResolver());
        resolvers.add(new IfMatchResolver());
    }
}
