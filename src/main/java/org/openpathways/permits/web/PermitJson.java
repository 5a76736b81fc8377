package org.openpathways.permits.web;

import org.jspecify.annotations.Nullable;
import org.openpathways.permits.PermitView;

/** A permit as its holder and staff read it through the API. */
record PermitJson(
        String number,
        String status,
        String permitType,
        String pathwayCode,
        int pathwayVersion,
        String holderAccountId,
        String holderName,
        String holderNationality,
        String validFrom,
        String validUntil,
        ConditionsJson conditions,
        boolean renewable,
        @Nullable String renewalOpensOn,
        @Nullable RevocationJson revocation,
        String verification) {

    record RevocationJson(String ground, @Nullable String explanation, String revokedAt) {}

    static PermitJson of(PermitView permit, String permitType) {
        var revocation = permit.revocation();
        return new PermitJson(
                permit.number().grouped(),
                permit.status().code(),
                permitType,
                permit.pathwayCode(),
                permit.pathwayVersion(),
                permit.holderAccountId().toString(),
                permit.holderName(),
                permit.holderNationality(),
                permit.validFrom().toString(),
                permit.validUntil().toString(),
                ConditionsJson.of(permit.conditions()),
                permit.renewable(),
                permit.renewalOpensOn() == null ? null : permit.renewalOpensOn().toString(),
                revocation == null
                        ? null
                        : new RevocationJson(
                                revocation.ground(),
                                revocation.explanation(),
                                revocation.revokedAt().toString()),
                PermitsApi.PATH + "/" + permit.number().value() + "/verification");
    }
}
