package org.openpathways.referrals;

import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a refused attempt in a transaction of its own, so that the entry stays when the refused request's
 * transaction rolls back (nothing else of the request is kept).
 */
@Component
class RefusalAudit {

    private final AuditTrail audit;
    private final TransactionTemplate separate;

    RefusalAudit(AuditTrail audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(AuditRecord record) {
        separate.executeWithoutResult(status -> audit.record(record));
    }
}
