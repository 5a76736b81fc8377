package org.openpathways.agreements;

import java.util.Arrays;
import java.util.Optional;

/** Drafts are seen only by administrators; agreements in force and ended ones are public. */
public enum AgreementStatus {
    DRAFT("draft"),
    IN_FORCE("in-force"),
    ENDED("ended");

    private final String code;

    AgreementStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgreementStatus> ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst();
    }
}
