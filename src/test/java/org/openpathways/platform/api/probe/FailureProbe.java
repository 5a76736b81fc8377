package org.openpathways.platform.api.probe;

import java.util.UUID;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemTypes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail on purpose, one per kind of failure the problem handler must answer. Only GETs. */
@RestController
class FailureProbe {

    /** Personal data in an exception message, which must reach neither the caller nor the log. */
    static final String SECRET = "jane.doe@example.org";

    private final NoteProbeStore notes;

    FailureProbe(NoteProbeStore notes) {
        this.notes = notes;
    }

    @GetMapping("/api/test/failures/unexpected")
    String unexpected() {
        throw new IllegalStateException("Could not process the application of " + SECRET);
    }

    @GetMapping("/api/test/failures/edit-conflict")
    String editConflict() {
        throw new OptimisticLockingFailureException("Row of " + SECRET + " was updated by another transaction");
    }

    /** A real unique-constraint violation from PostgreSQL. */
    @GetMapping("/api/test/failures/duplicate")
    String duplicate() {
        String label = UUID.randomUUID().toString();
        notes.label(label);
        notes.label(label);
        return "unreachable";
    }

    /** Stores a parameter without validating it, so that only the database can refuse it. */
    @GetMapping("/api/test/failures/unvalidated")
    String unvalidated(@RequestParam String label) {
        notes.label(label);
        return "{}";
    }

    @GetMapping("/api/test/failures/refused")
    String refused() {
        throw ProblemException.unprocessable(ProblemTypes.UNPROCESSABLE);
    }

    @GetMapping("/api/test/admin/ping")
    String adminOnly() {
        return "{\"pong\":true}";
    }
}
