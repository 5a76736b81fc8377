package org.openpathways.permits.web;

import org.openpathways.permits.PermitVerification;

/** What public verification answers, and nothing more. */
record VerificationJson(
        String status,
        String validFrom,
        String validUntil,
        String permitType,
        ConditionsJson conditions,
        String holderName) {

    static VerificationJson of(PermitVerification verification, String permitType) {
        return new VerificationJson(
                verification.status().code(),
                verification.validFrom().toString(),
                verification.validUntil().toString(),
                permitType,
                ConditionsJson.of(verification.conditions()),
                verification.holderName());
    }
}
