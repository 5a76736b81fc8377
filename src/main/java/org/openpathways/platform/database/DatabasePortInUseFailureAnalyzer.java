package org.openpathways.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which setting to change when the embedded database cannot have its port. */
class DatabasePortInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabasePortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabasePortInUseException cause) {
        return new FailureAnalysis(
                "The embedded PostgreSQL could not start: port " + cause.port()
                        + " on localhost is used by another program (perhaps another OpenPathways with its own data"
                        + " folder).",
                "Stop that program, or choose another port with --openpathways.database.embedded.port=<port>"
                        + " (environment: OPENPATHWAYS_DATABASE_EMBEDDED_PORT; 0 picks a free one).",
                cause);
    }
}
