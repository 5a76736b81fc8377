package org.openpathways.applications.web;

import org.openpathways.applications.persistence.ApplicationStamps;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class StatusAnswerConfiguration {

    @Bean
    StatusAnswers statusAnswers(StatusCacheProperties properties) {
        return new StatusAnswers(properties);
    }

    /** Just before the security filter chain, after the filters that observe every request (metrics, tracing). */
    @Bean
    FilterRegistrationBean<StatusAnswerFilter> statusAnswerFilter(
            StatusAnswers answers, ApplicationStamps stamps, LocaleResolver locales) {
        var registration = new FilterRegistrationBean<>(new StatusAnswerFilter(answers, stamps, locales));
        registration.addUrlPatterns(StatusAnswerFilter.PATH + "*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
