package org.openpathways.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a held data folder into a start-up message that says what to do, instead of a stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(
                "Another OpenPathways instance is already running with its embedded database in " + cause.folder()
                        + ". Two servers on one data folder would corrupt it, so this one did not start.",
                "Stop the other instance first, or give this one its own folder with"
                        + " --openpathways.data-dir=<folder> (environment: OPENPATHWAYS_DATA_DIR).",
                cause);
    }
}
