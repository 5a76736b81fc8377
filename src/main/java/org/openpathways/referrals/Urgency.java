package org.openpathways.referrals;

import java.util.Arrays;
import java.util.Optional;

/** How soon the provider must answer a referral; each urgency's response time is configured in ReferralsProperties. */
public enum Urgency {
    IMMEDIATE("immediate"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String code;

    Urgency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Urgency> ofCode(String code) {
        return Arrays.stream(values())
                .filter(urgency -> urgency.code.equals(code))
                .findFirst();
    }
}
