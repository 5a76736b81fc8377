package org.openpathways.platform.api.probe;

import java.util.List;
import java.util.Optional;
import org.openpathways.platform.api.Page;
import org.openpathways.platform.api.PageQuery;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plays the part of a module's facade: transactional, audited changes to the probe's notes. */
@Component
class NoteProbeStore {

    /** A note with this text fails after it was inserted, to show that nothing of it is kept. */
    static final String FAIL_AFTER_INSERT = "fail after insert";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProbeGate gate;

    NoteProbeStore(JdbcClient jdbc, AuditTrail audit, ProbeGate gate) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.gate = gate;
    }

    @Transactional
    NoteProbe.Note create(NoteProbe.NoteRequest request) {
        long id = jdbc.sql("""
                        insert into test_probe_note (topic, text, priority, version)
                        values (:topic, :text, :priority, 1) returning id
                        """)
                .param("topic", request.topicOrDefault())
                .param("text", request.text())
                .param("priority", request.priorityOrDefault())
                .query(Long.class)
                .single();
        audit.record(AuditRecord.of("probe-note.created", "probe-note", Long.toString(id), "test"));
        gate.pass();
        if (FAIL_AFTER_INSERT.equals(request.text())) {
            throw new IllegalStateException("failed after inserting note " + id);
        }
        return find(id).orElseThrow();
    }

    @Transactional
    NoteProbe.Note update(long id, long expectedVersion, NoteProbe.NoteRequest request) {
        int updated = jdbc.sql("""
                        update test_probe_note set text = :text, priority = :priority, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("text", request.text())
                .param("priority", request.priorityOrDefault())
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("note changed concurrently");
        }
        audit.record(AuditRecord.of("probe-note.updated", "probe-note", Long.toString(id), "test"));
        return find(id).orElseThrow();
    }

    @Transactional
    void delete(long id) {
        jdbc.sql("delete from test_probe_note where id = :id").param("id", id).update();
        audit.record(AuditRecord.of("probe-note.deleted", "probe-note", Long.toString(id), "test"));
    }

    @Transactional
    void label(String label) {
        jdbc.sql("insert into test_probe_note (topic, text, priority, version, label) values ('labels', 'x', 0, 1, :l)")
                .param("l", label)
                .update();
    }

    Optional<NoteProbe.Note> find(long id) {
        return jdbc.sql("select id, topic, text, priority, version from test_probe_note where id = :id")
                .param("id", id)
                .query(NoteProbe.Note.class)
                .optional();
    }

    Page<NoteProbe.Note> list(String topic, PageQuery query) {
        long total = jdbc.sql("select count(*) from test_probe_note where topic = :topic")
                .param("topic", topic)
                .query(Long.class)
                .single();
        List<NoteProbe.Note> items = jdbc.sql("""
                        select id, topic, text, priority, version from test_probe_note where topic = :topic
                        order by id limit :limit offset :offset
                        """)
                .param("topic", topic)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(NoteProbe.Note.class)
                .list();
        return Page.of(items, query, total);
    }
}
