package org.openpathways.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.shared.text.PlainText;

/** A new organisation, from the administration page or the API. */
public class OrganisationForm {

    @NotBlank(message = "{accounts.organisation.name.missing}")
    @PlainText(max = Accounts.MAX_NAME_LENGTH)
    private String name = "";

    @NotNull(message = "{accounts.organisation.kind.missing}")
    private OrganisationKind kind;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }
}
