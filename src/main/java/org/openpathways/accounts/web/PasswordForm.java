package org.openpathways.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openpathways.accounts.domain.PasswordPolicy;

/** Choosing a new password, from an e-mailed link or while signed in. */
public class PasswordForm {

    private String token = "";

    private String currentPassword = "";

    @NotBlank(message = "{accounts.password.missing}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{problem.password-too-long.detail}")
    private String password = "";

    private String passwordAgain = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    boolean repeatedCorrectly() {
        return password.equals(passwordAgain);
    }

    @Override
    public String toString() {
        return "PasswordForm[hidden]";
    }
}
