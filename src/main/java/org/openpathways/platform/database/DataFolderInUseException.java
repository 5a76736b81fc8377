package org.openpathways.platform.database;

import java.nio.file.Path;

/** Thrown when another running instance already holds the embedded database's data folder. */
public class DataFolderInUseException extends IllegalStateException {

    private final Path folder;

    DataFolderInUseException(Path folder) {
        super("The data folder " + folder + " is already used by another running OpenPathways instance");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
