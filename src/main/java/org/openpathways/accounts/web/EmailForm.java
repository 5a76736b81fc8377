package org.openpathways.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openpathways.accounts.domain.EmailAddress;

/** Asking for a link to choose a new password. */
public class EmailForm {

    @NotBlank(message = "{accounts.email.missing}")
    @Email(message = "{accounts.email.invalid}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{accounts.email.invalid}")
    private String email = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    @Override
    public String toString() {
        return "EmailForm[hidden]";
    }
}
