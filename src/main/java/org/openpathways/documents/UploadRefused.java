package org.openpathways.documents;

import org.openpathways.platform.api.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An upload that was refused before anything was stored: too large, of a type the service does not keep, empty, with
 * a hostile file name or without a valid purpose. Names the form field at fault, so pages can point to it.
 */
public class UploadRefused extends ProblemException {

    public static final String FILE = "file";
    public static final String PURPOSE = "purpose";

    private final String field;

    public UploadRefused(HttpStatus status, String type, String field, Object... detailArguments) {
        super(status, type, detailArguments);
        this.field = field;
        with("field", field);
    }

    public static UploadRefused tooLarge(long maxBytes) {
        return new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, "documents.too-large", FILE, megabytes(maxBytes));
    }

    public static UploadRefused unsupportedType() {
        return new UploadRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "documents.unsupported-type", FILE);
    }

    public static UploadRefused badFile(String type) {
        return new UploadRefused(HttpStatus.BAD_REQUEST, type, FILE);
    }

    public static UploadRefused badPurpose() {
        return new UploadRefused(HttpStatus.BAD_REQUEST, "documents.purpose-invalid", PURPOSE);
    }

    /** The form field at fault: {@link #FILE} or {@link #PURPOSE}. */
    public String field() {
        return field;
    }

    /** Whole megabytes as people count them on their phones (10 MB means 10 × 1024 × 1024 bytes here). */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
