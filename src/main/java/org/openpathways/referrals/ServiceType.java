package org.openpathways.referrals;

import java.util.Arrays;
import java.util.Optional;

/** The services a provider may offer and a referral may ask for (PRODUCT.md, C3). */
public enum ServiceType {
    HEALTH("health"),
    PSYCHOSOCIAL("psychosocial"),
    LEGAL_AID("legal-aid"),
    SHELTER("shelter"),
    FAMILY_TRACING("family-tracing"),
    ANTI_TRAFFICKING("anti-trafficking"),
    CHILD_PROTECTION("child-protection"),
    GENDER_BASED_VIOLENCE("gender-based-violence");

    private final String code;

    ServiceType(String code) {
        this.code = code;
    }

    /** The code used in the API, the database and message keys ({@code referrals.service.<code>}). */
    public String code() {
        return code;
    }

    public static Optional<ServiceType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
