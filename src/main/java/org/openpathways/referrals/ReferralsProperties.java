package org.openpathways.referrals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the referrals module: how long a provider has to answer a referral of each urgency (UNICEF Primero's
 * defaults).
 */
@ConfigurationProperties("openpathways.referrals.response-time")
public record ReferralsProperties(
        @DefaultValue("PT1H") Duration immediate,
        @DefaultValue("PT3H") Duration high,
        @DefaultValue("P1D") Duration medium,
        @DefaultValue("P3D") Duration low) {

    public Duration responseTime(Urgency urgency) {
        return switch (urgency) {
            case IMMEDIATE -> immediate;
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> low;
        };
    }
}
