package org.openpathways.shared.audit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the audit trail behind the application's back, as a database superuser would: with
 * {@code session_replication_role = replica} the append-only triggers do not fire. Keeps a copy of the trail so that
 * a test can put it back for the next one.
 */
class ChainTampering {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private List<Map<String, Object>> original = List.of();

    ChainTampering(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void keepOriginal() {
        original =
                jdbc.sql("select * from audit_entry order by sequence").query().listOfRows();
    }

    void restoreOriginal() {
        asSuperuser(() -> {
            jdbc.sql("delete from audit_entry").update();
            original.forEach(row -> insert(row));
        });
    }

    void asSuperuser(String sql, Object... params) {
        asSuperuser(() -> jdbc.sql(sql).params(params).update());
    }

    void asSuperuser(Runnable tampering) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            tampering.run();
        });
    }

    Map<String, Object> entry(long sequence) {
        return jdbc.sql("select * from audit_entry where sequence = ?")
                .param(sequence)
                .query()
                .singleRow();
    }

    void insert(Map<String, Object> row) {
        jdbc.sql("""
                        insert into audit_entry (sequence, occurred_at, actor, action, record_type, record_id, purpose,
                                                 details, previous_hash, hash)
                        values (:sequence, :occurred_at, :actor, :action, :record_type, :record_id, :purpose,
                                :details, :previous_hash, :hash)
                        """).params(row).update();
    }
}
