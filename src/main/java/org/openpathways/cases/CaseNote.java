package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A note on a case. A {@link Sensitivity#RESTRICTED} note is seen only by staff of the author's organisation and by
 * child-protection staff.
 */
public record CaseNote(
        UUID id,
        UUID caseId,
        Sensitivity sensitivity,
        String text,
        UUID author,
        UUID authorOrganisation,
        Instant writtenAt) {

    public enum Sensitivity {
        /** Seen by everyone who may see the case. */
        NORMAL,
        /** Seen by the author's organisation and child protection only. */
        RESTRICTED
    }
}
