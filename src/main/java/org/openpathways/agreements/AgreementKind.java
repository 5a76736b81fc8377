package org.openpathways.agreements;

import java.util.Arrays;
import java.util.Optional;

/** Whether an agreement binds two states or is a regional protocol among several. */
public enum AgreementKind {
    BILATERAL("bilateral"),
    FREE_MOVEMENT_PROTOCOL("free-movement-protocol");

    private final String code;

    AgreementKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgreementKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
