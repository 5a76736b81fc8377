package org.openpathways.referrals;

import java.util.Arrays;
import java.util.Optional;

/** Who gave a consent: the person themselves, or for a child a parent or a guardian, who is then named. */
public enum ConsentGiver {
    PERSON("person"),
    PARENT("parent"),
    GUARDIAN("guardian");

    private final String code;

    ConsentGiver(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A parent or guardian is named in the consent; the person is the case's own subject. */
    public boolean named() {
        return this != PERSON;
    }

    public static Optional<ConsentGiver> ofCode(String code) {
        return Arrays.stream(values()).filter(giver -> giver.code.equals(code)).findFirst();
    }
}
