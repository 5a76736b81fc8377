package org.openpathways.shared.crypto;

/** A stored value could not be decrypted: it was altered, or was made with a key that is no longer in the key ring. */
public class FieldDecryptionException extends RuntimeException {

    public FieldDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }

    public FieldDecryptionException(String message) {
        super(message);
    }
}
