package org.openpathways.permits;

import java.util.Arrays;
import java.util.Optional;

/** Whether the holder may move to another employer under the pathway's rules. */
public enum EmployerChange {
    ALLOWED("allowed"),
    WITH_NOTICE("with-notice"),
    NOT_ALLOWED("not-allowed");

    private final String code;

    EmployerChange(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EmployerChange> ofCode(String code) {
        return Arrays.stream(values())
                .filter(change -> change.code.equals(code))
                .findFirst();
    }
}
