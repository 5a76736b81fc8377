package org.openpathways.accounts;

import org.openpathways.platform.i18n.Language;

/** What a person gives to open an applicant account. */
public record Registration(String email, String password, String displayName, Language language) {

    @Override
    public String toString() {
        return "Registration[hidden]";
    }
}
