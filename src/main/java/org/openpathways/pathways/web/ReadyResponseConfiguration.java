package org.openpathways.pathways.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReadyResponseConfiguration {

    /** Just before the security filter chain, after the filters that observe every request (metrics, tracing). */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

    @Bean
    FilterRegistrationBean<ReadyResponseFilter> readyResponseFilter(ReadyResponses responses) {
        var registration = new FilterRegistrationBean<>(new ReadyResponseFilter(responses));
        registration.addUrlPatterns(ResponseKeys.LIST, ResponseKeys.LIST + "/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
