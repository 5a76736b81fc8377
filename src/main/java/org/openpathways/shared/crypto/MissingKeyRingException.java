package org.openpathways.shared.crypto;

import java.nio.file.Path;

/** The start stops because the key ring file is missing and may not be generated. */
class MissingKeyRingException extends IllegalStateException {

    private final Path file;

    MissingKeyRingException(Path file) {
        super("The key ring " + file
                + " does not exist. Provide it, or set openpathways.crypto.generate-if-missing=true"
                + " to create one (demo and first runs).");
        this.file = file;
    }

    Path file() {
        return file;
    }
}
