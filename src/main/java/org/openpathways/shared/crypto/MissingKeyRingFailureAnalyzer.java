package org.openpathways.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, instead of a stack trace, that the encryption keys are missing and what to do. */
class MissingKeyRingFailureAnalyzer extends AbstractFailureAnalyzer<MissingKeyRingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingKeyRingException cause) {
        return new FailureAnalysis(
                "The encryption key ring " + cause.file() + " does not exist, and generating a new one is switched"
                        + " off. Without it no encrypted value can be read.",
                "Restore the key ring file from its backup (kept apart from the data), or point"
                        + " openpathways.crypto.key-file at it. Only for a new installation or a demo, set"
                        + " openpathways.crypto.generate-if-missing=true to create a new key ring.",
                cause);
    }
}
