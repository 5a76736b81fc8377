package org.openpathways.permits.web;

import org.jspecify.annotations.Nullable;
import org.openpathways.permits.PermitConditions;

/** A permit's conditions in the API. */
record ConditionsJson(
        boolean workAllowed,
        String workTie,
        @Nullable String employer,
        @Nullable String sector,
        String employerChange) {

    static ConditionsJson of(PermitConditions conditions) {
        return new ConditionsJson(
                conditions.workAllowed(),
                conditions.workTie().code(),
                conditions.employer(),
                conditions.sector(),
                conditions.employerChange().code());
    }
}
