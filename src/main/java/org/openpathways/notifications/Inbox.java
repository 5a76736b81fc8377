package org.openpathways.notifications;

import java.util.List;
import java.util.UUID;
import org.openpathways.notifications.inbox.InboxMessages;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app inbox: only its owner reads it. */
@Service
public class Inbox {

    public static final int MAX_PAGE_SIZE = 100;

    private final InboxMessages messages;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    Inbox(InboxMessages messages, AuditTrail audit, java.time.Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the owner's messages, newest first. */
    @Transactional
    public InboxPage page(UUID owner, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.unprocessable("invalid-page");
        }
        List<InboxMessage> items = messages.page(owner, page, size);
        long total = messages.count(owner);
        audit.record(AuditRecord.of("notifications.inbox-read", "inbox", owner, "own-messages"));
        return new InboxPage(items, page, size, total, messages.unreadCount(owner));
    }

    /** Opens one of the owner's messages and marks it read; another person's message is not found. */
    @Transactional
    public InboxMessage open(UUID owner, UUID messageId) {
        InboxMessage message =
                messages.find(owner, messageId).orElseThrow(() -> ProblemException.notFound("message-not-found"));
        if (message.unread()) {
            messages.markRead(owner, messageId, clock.instant());
        }
        audit.record(AuditRecord.of("notifications.message-read", "inbox-message", messageId, "own-messages"));
        return message;
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID owner) {
        return messages.unreadCount(owner);
    }

    public record InboxPage(List<InboxMessage> items, int page, int size, long totalItems, long unread) {

        public int totalPages() {
            return (int) Math.max(1, (totalItems + size - 1) / size);
        }
    }
}
