package org.openpathways.permits.notices;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.notifications.Notification;
import org.openpathways.notifications.Notifications;
import org.openpathways.permits.DecreeExecuted;
import org.openpathways.permits.persistence.DecreeRecords;
import org.openpathways.permits.persistence.DecreeRecords.Extension;
import org.openpathways.platform.api.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each holder whose permit a decree extended, in their language, after the decree committed. One event stands for
 * the whole decree: the holders are read page by page in history order (keyset pagination, never all at once), and each
 * notice commits together with the decree's cursor ({@code notified_through}), so a crash or a redelivery of the event
 * resumes after the last holder told. The e-mail leaves just before its commit (see {@link Notifications}), so a crash
 * at that instant may tell one holder twice, never one holder not at all.
 */
@Component
class DecreeNotices {

    static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(DecreeNotices.class);

    private final DecreeRecords decrees;
    private final Accounts accounts;
    private final Notifications notifications;
    private final String publicUrl;
    private final TransactionTemplate separately;

    DecreeNotices(
            DecreeRecords decrees,
            Accounts accounts,
            Notifications notifications,
            PlatformTransactionManager transactions,
            @Value("${openpathways.public-url}") String publicUrl) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.decrees = decrees;
        this.accounts = accounts;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(DecreeExecuted event) {
        UUID decree = event.decreeId();
        long after = separately.execute(status -> decrees.lockNotifiedThrough(decree));
        List<Extension> page = decrees.extensionsAfter(decree, after, PAGE);
        while (!page.isEmpty()) {
            for (Extension extension : page) {
                separately.executeWithoutResult(status -> tell(decree, extension));
            }
            page = decrees.extensionsAfter(decree, page.get(page.size() - 1).historyId(), PAGE);
        }
    }

    private void tell(UUID decree, Extension extension) {
        if (decrees.lockNotifiedThrough(decree) >= extension.historyId()) {
            return; // another delivery of the event told this holder already
        }
        holderAccount(extension.holderId())
                .ifPresentOrElse(
                        account -> notifications.send(notice(account, extension)),
                        () -> log.warn("Decree notice not sent: a holder's account no longer exists"));
        decrees.notifiedThrough(decree, extension.historyId());
    }

    private Notification notice(OwnAccount account, Extension extension) {
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(account.language().locale())
                .format(extension.validUntil());
        return Notification.byEmailAndInbox(
                account.id(),
                account.email(),
                account.language(),
                "permits/extended",
                Map.of(
                        "name",
                        account.displayName(),
                        "number",
                        extension.number().grouped(),
                        "until",
                        until,
                        "link",
                        publicUrl + "/permits/" + extension.number().value()));
    }

    /** Read apart, so that a missing account does not spoil the notice's transaction. */
    private Optional<OwnAccount> holderAccount(UUID holder) {
        try {
            return Optional.ofNullable(separately.execute(status -> accounts.ownAccount(holder)));
        } catch (ProblemException notFound) {
            return Optional.empty();
        }
    }
}
