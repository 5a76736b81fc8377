package org.openpathways.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.openpathways.accounts.Accounts;
import org.openpathways.shared.text.PlainText;

/** The name and language a person chooses for their account; the version detects concurrent edits. */
public class PreferencesForm {

    @NotBlank(message = "{accounts.display-name.missing}")
    @PlainText(max = Accounts.MAX_NAME_LENGTH)
    private String displayName = "";

    @Pattern(regexp = "en|fr|es|ar", message = "{accounts.language.invalid}")
    private String language = "en";

    private int version;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
