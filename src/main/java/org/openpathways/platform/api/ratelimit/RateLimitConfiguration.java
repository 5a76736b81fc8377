package org.openpathways.platform.api.ratelimit;

import java.util.List;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.RateLimitedLookups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Before the security filters, which process sign-in posts themselves. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

    @Bean
    FilterRegistrationBean<RequestRateLimiter> requestRateLimiter(
            RateLimitProperties properties, ProblemResponses problems, ObjectProvider<RateLimitedLookups> lookups) {
        List<String> patterns = lookups.orderedStream()
                .flatMap(lookup -> lookup.pathPatterns().stream())
                .toList();
        var registration =
                new FilterRegistrationBean<>(new RequestRateLimiter(properties, problems, System::nanoTime, patterns));
        registration.setOrder(ORDER);
        return registration;
    }
}
