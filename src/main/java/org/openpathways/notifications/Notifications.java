package org.openpathways.notifications;

import java.time.Clock;
import java.util.UUID;
import org.openpathways.notifications.inbox.InboxMessages;
import org.openpathways.notifications.mail.MailDelivery;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications. Call it from an event listener that runs after the triggering change committed (Spring
 * Modulith's {@code @ApplicationModuleListener}): if sending fails, the listener fails, its event publication stays
 * incomplete and is delivered again, so no message is lost.
 */
@Service
public class Notifications {

    private final NotificationRenderer renderer;
    private final InboxMessages inbox;
    private final MailDelivery mail;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(
            NotificationRenderer renderer, InboxMessages inbox, MailDelivery mail, AuditTrail audit, Clock clock) {
        this.renderer = renderer;
        this.inbox = inbox;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Renders the notification in the recipient's language, stores it in their inbox and sends the e-mail. The inbox
     * entry and its audit entry commit with the caller's transaction; the e-mail leaves before that commit, so a
     * failure to send rolls everything back and the caller's event is retried.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(Notification notification) {
        RenderedMessage message = renderer.render(notification);
        UUID inboxId = null;
        if (notification.channels().contains(Notification.Channel.INBOX)) {
            inboxId = inbox.store(notification.recipient(), notification.template(), message, clock.instant());
        }
        if (notification.channels().contains(Notification.Channel.EMAIL) && notification.emailAddress() != null) {
            mail.send(notification.emailAddress(), message);
        }
        audit.record(AuditRecord.of("notifications.sent", "account", notification.recipient(), "notify-person")
                .by("system:notifications")
                .with("template", notification.template())
                .with("channels", notification.channels().toString())
                .with("inboxMessage", String.valueOf(inboxId)));
    }
}
