package org.openpathways.permits.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitStatus;
import org.openpathways.permits.PermitView;
import org.openpathways.platform.web.Dates;

/**
 * A permit as a page shows it: texts already chosen, dates formatted in the page's language.
 *
 * @param statusKey the message key of its status
 * @param conditionKeys message keys describing its conditions, in reading order, with the employer or sector as their
 *     one argument
 */
record PermitPage(
        String number,
        String numberValue,
        String statusKey,
        String statusTag,
        String typeName,
        String holderName,
        String validFrom,
        String validUntil,
        List<Condition> conditions,
        List<String> rights,
        boolean renewable,
        @Nullable String renewalOpensOn,
        @Nullable String revocationGround,
        @Nullable String revokedOn,
        int version) {

    record Condition(String key, @Nullable String argument) {}

    static PermitPage of(PermitView permit, String typeName, List<String> rights, Dates dates) {
        var revocation = permit.revocation();
        return new PermitPage(
                permit.number().grouped(),
                permit.number().value(),
                statusKey(permit.status()),
                statusTag(permit.status()),
                typeName,
                permit.holderName(),
                dates.date(permit.validFrom()),
                dates.date(permit.validUntil()),
                conditions(permit.conditions()),
                rights,
                permit.renewable(),
                permit.renewalOpensOn() == null ? null : dates.date(permit.renewalOpensOn()),
                revocation == null ? null : "permits.ground." + revocation.ground(),
                revocation == null ? null : dates.dateTime(revocation.revokedAt()),
                permit.version());
    }

    static String statusKey(PermitStatus status) {
        return "permits.status." + status.code();
    }

    static String statusTag(PermitStatus status) {
        return switch (status) {
            case VALID -> "govuk-tag--green";
            case NOT_YET_VALID -> "govuk-tag--blue";
            case EXPIRED -> "govuk-tag--grey";
            case REVOKED -> "govuk-tag--red";
        };
    }

    static List<Condition> conditions(PermitConditions conditions) {
        if (!conditions.workAllowed()) {
            return List.of(new Condition("permits.conditions.no-work", null));
        }
        Condition work = switch (conditions.workTie()) {
            case NONE -> new Condition("permits.conditions.work-any", null);
            case EMPLOYER -> new Condition("permits.conditions.work-employer", conditions.employer());
            case SECTOR -> new Condition("permits.conditions.work-sector", conditions.sector());
        };
        return List.of(
                work,
                new Condition(
                        "permits.conditions.change."
                                + conditions.employerChange().code(),
                        null));
    }
}
