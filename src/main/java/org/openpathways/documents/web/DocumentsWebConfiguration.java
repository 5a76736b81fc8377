package org.openpathways.documents.web;

import org.openpathways.documents.Documents;
import org.openpathways.platform.api.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class DocumentsWebConfiguration {

    /** Just before the security filters, so that they can read an unreadable upload's URL parameters. */
    @Bean
    FilterRegistrationBean<UnreadableUploadsShield> unreadableUploadsShield(
            ObjectProvider<SecurityFilterProperties> securityFilter) {
        var registration = new FilterRegistrationBean<>(new UnreadableUploadsShield());
        registration.addUrlPatterns(UnreadableUploads.PAGE, DocumentsApi.PATH);
        registration.setOrder(securityFilterOrder(securityFilter) - 1);
        return registration;
    }

    /** Just after the security filters, so that unauthenticated or forged uploads are refused by them first. */
    @Bean
    FilterRegistrationBean<UnreadableUploads> unreadableUploads(
            ProblemResponses problems,
            MessageSource messages,
            LocaleResolver locales,
            Documents documents,
            ObjectProvider<SecurityFilterProperties> securityFilter) {
        var registration = new FilterRegistrationBean<>(new UnreadableUploads(problems, messages, locales, documents));
        registration.addUrlPatterns(UnreadableUploads.PAGE, DocumentsApi.PATH);
        registration.setOrder(securityFilterOrder(securityFilter) + 1);
        return registration;
    }

    private static int securityFilterOrder(ObjectProvider<SecurityFilterProperties> securityFilter) {
        return securityFilter.getIfAvailable(SecurityFilterProperties::new).getOrder();
    }
}
