package org.openpathways.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.shared.text.PlainText;

/** A new member of an organisation, from the administration page or the API. */
public class MemberForm {

    @NotBlank(message = "{accounts.display-name.missing}")
    @PlainText(max = Accounts.MAX_NAME_LENGTH)
    private String displayName = "";

    @NotBlank(message = "{accounts.email.missing}")
    @Email(message = "{accounts.email.invalid}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{accounts.email.invalid}")
    private String email = "";

    @NotEmpty(message = "{problem.roles-missing.detail}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Pattern(regexp = "en|fr|es|ar", message = "{accounts.language.invalid}")
    private String language = "en";

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

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public String toString() {
        return "MemberForm[hidden]";
    }
}
