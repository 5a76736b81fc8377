package org.openpathways.documents.domain;

/** A file name that is kept for nobody: missing, too long, or able to trick a file system, a browser or a reader. */
public class FileNameRejected extends RuntimeException {

    /** Why; each has its own message for the person who chose the name. */
    public enum Reason {
        MISSING,
        TOO_LONG,
        NOT_ALLOWED
    }

    private final Reason reason;

    public FileNameRejected(Reason reason) {
        super("File name rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
