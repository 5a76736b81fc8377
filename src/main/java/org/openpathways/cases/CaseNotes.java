package org.openpathways.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.persistence.NoteRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a case, their text encrypted. A normal note is for everyone who may see the case; a restricted one for the
 * author's organisation (the author's team) and child-protection staff, and every reading of restricted notes is
 * audited with its purpose. Others do not learn that a restricted note exists.
 */
@Service
public class CaseNotes {

    static final int MAX_LENGTH = 4000;

    private final NoteRecords notes;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseNotes(NoteRecords notes, Cases cases, AuditTrail audit, Clock clock) {
        this.notes = notes;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 when the actor may not see the case; 403 {@code cases.not-allowed} for staff of no
     *     organisation; 422 {@code cases.note-invalid} for an empty text, or one that is too long or holds markup
     */
    @Transactional
    public CaseNote write(
            CaseActor actor, UUID caseId, CaseNote.@Nullable Sensitivity sensitivity, @Nullable String text) {
        visible(actor, caseId);
        if (actor.organisationId() == null) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        List<String> wrong = CaseRules.errors();
        String body = CaseRules.text(text, MAX_LENGTH, true, true, "text", wrong);
        if (sensitivity == null) {
            wrong.add("sensitivity");
        }
        CaseRules.refuseIfAny(wrong, "cases.note-invalid");
        CaseNote note = new CaseNote(
                UUID.randomUUID(), caseId, sensitivity, body, actor.account(), actor.organisationId(), clock.instant());
        notes.insert(note);
        audit.record(AuditRecord.of("cases.note-written", "case", caseId, Cases.CASE_WORK)
                .with("note", note.id().toString())
                .with("sensitivity", sensitivity.name()));
        return note;
    }

    /**
     * The notes the actor may read, newest first; the read is audited, and each restricted note shown is audited on
     * its own with the purpose.
     *
     * @throws ProblemException 404 when the actor may not see the case
     */
    @Transactional
    public List<CaseNote> read(CaseActor actor, UUID caseId, String purpose) {
        visible(actor, caseId);
        List<CaseNote> seen = notes.seenBy(caseId, actor.organisationId(), actor.has(Role.CHILD_PROTECTION));
        audit.record(AuditRecord.of("cases.notes-read", "case", caseId, purpose)
                .with("count", Integer.toString(seen.size())));
        seen.stream()
                .filter(note -> note.sensitivity() == CaseNote.Sensitivity.RESTRICTED)
                .forEach(note ->
                        audit.record(AuditRecord.of("cases.restricted-note-read", "case-note", note.id(), purpose)
                                .with("case", caseId.toString())));
        return seen;
    }

    private void visible(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
    }
}
