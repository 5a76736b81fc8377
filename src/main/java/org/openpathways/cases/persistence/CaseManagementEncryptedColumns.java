package org.openpathways.cases.persistence;

import java.util.List;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of case management, for key rotation. Approvals and the ownership history are append-only; their
 * triggers let an update through only when it changes nothing but encrypted texts, into encrypted texts (migration
 * 113), which is what rotation does.
 */
@Configuration(proxyBeanMethods = false)
class CaseManagementEncryptedColumns {

    static final EncryptedColumn TASK_TITLE = new EncryptedColumn(TaskRecords.TABLE, "id", "title");
    static final EncryptedColumn OWNERSHIP_REASON = new EncryptedColumn(OwnershipRecords.TABLE, "id", "reason");
    static final EncryptedColumn APPROVAL_SUBJECT = new EncryptedColumn(ApprovalRecords.TABLE, "id", "subject");
    static final EncryptedColumn APPROVAL_COMMENT = new EncryptedColumn(ApprovalRecords.TABLE, "id", "comment");
    static final EncryptedColumn TRANSFER_REASON = new EncryptedColumn(TransferRecords.TABLE, "id", "reason");
    static final EncryptedColumn DECLINE_REASON = new EncryptedColumn(TransferRecords.TABLE, "id", "decline_reason");

    /** The free texts written in plain text before migration 113. */
    static final List<EncryptedColumn> TEXTS =
            List.of(TASK_TITLE, OWNERSHIP_REASON, APPROVAL_SUBJECT, APPROVAL_COMMENT, TRANSFER_REASON, DECLINE_REASON);

    @Bean
    EncryptedColumn caseNoteBody() {
        return new EncryptedColumn(NoteRecords.TABLE, "id", "body");
    }

    @Bean
    EncryptedColumn caseTaskTitle() {
        return TASK_TITLE;
    }

    @Bean
    EncryptedColumn caseOwnershipReason() {
        return OWNERSHIP_REASON;
    }

    @Bean
    EncryptedColumn caseApprovalSubject() {
        return APPROVAL_SUBJECT;
    }

    @Bean
    EncryptedColumn caseApprovalComment() {
        return APPROVAL_COMMENT;
    }

    @Bean
    EncryptedColumn caseTransferReason() {
        return TRANSFER_REASON;
    }

    @Bean
    EncryptedColumn caseTransferDeclineReason() {
        return DECLINE_REASON;
    }
}
