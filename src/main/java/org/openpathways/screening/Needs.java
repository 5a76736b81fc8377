package org.openpathways.screening;

import java.util.List;

/**
 * The needs a screening can raise. They are the service types of referrals, so that a need leads to a provider who
 * answers it.
 */
public final class Needs {

    public static final String HEALTH = "health";
    public static final String PSYCHOSOCIAL = "psychosocial";
    public static final String LEGAL_AID = "legal-aid";
    public static final String SHELTER = "shelter";
    public static final String FAMILY_TRACING = "family-tracing";
    public static final String ANTI_TRAFFICKING = "anti-trafficking";
    public static final String CHILD_PROTECTION = "child-protection";
    public static final String GENDER_BASED_VIOLENCE = "gender-based-violence";

    /** Every need, in the order they are shown. */
    public static final List<String> ALL = List.of(
            HEALTH,
            PSYCHOSOCIAL,
            LEGAL_AID,
            SHELTER,
            FAMILY_TRACING,
            ANTI_TRAFFICKING,
            CHILD_PROTECTION,
            GENDER_BASED_VIOLENCE);

    private Needs() {}
}
