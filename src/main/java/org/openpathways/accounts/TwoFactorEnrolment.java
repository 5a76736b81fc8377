package org.openpathways.accounts;

/**
 * A second factor being set up: the secret to show (as text and as a QR code of the provisioning URI) until the
 * person proves, with a first code, that their authenticator app holds it.
 */
public record TwoFactorEnrolment(String secret, String provisioningUri) implements java.io.Serializable {

    /** The secret in groups of four characters, easier to type into an app by hand. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
