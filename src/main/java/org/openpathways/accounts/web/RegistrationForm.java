package org.openpathways.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.domain.PasswordPolicy;
import org.openpathways.shared.text.PlainText;

/** The registration form, also the body of the registration API. */
public class RegistrationForm {

    @NotBlank(message = "{accounts.display-name.missing}")
    @PlainText(max = Accounts.MAX_NAME_LENGTH)
    private String displayName = "";

    @NotBlank(message = "{accounts.email.missing}")
    @Email(message = "{accounts.email.invalid}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{accounts.email.invalid}")
    private String email = "";

    @NotBlank(message = "{accounts.password.missing}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{problem.password-too-long.detail}")
    private String password = "";

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "RegistrationForm[hidden]";
    }
}
