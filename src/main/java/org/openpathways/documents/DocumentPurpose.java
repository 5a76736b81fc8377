package org.openpathways.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document is for, chosen by the person who uploads it. The code is what forms and the API send; the label is
 * the message {@code documents.purpose.<code>}.
 */
public enum DocumentPurpose {
    IDENTITY("identity"),
    CIVIL_STATUS("civil-status"),
    EDUCATION("education"),
    EMPLOYMENT("employment"),
    FINANCIAL("financial"),
    HEALTH("health"),
    EVIDENCE("evidence"),
    OTHER("other");

    private final String code;

    DocumentPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentPurpose> ofCode(String code) {
        return Arrays.stream(values())
                .filter(purpose -> purpose.code.equals(code))
                .findFirst();
    }
}
