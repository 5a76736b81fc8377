package org.openpathways.applications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.notifications.Notification;
import org.openpathways.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells applicants, by e-mail and in their inbox and in their own language, what happened to their application. Runs
 * after the change committed; a failure leaves the event to be delivered again.
 */
@Component
class ApplicationMails {

    private final Accounts accounts;
    private final Notifications notifications;
    private final String publicUrl;
    private final TransactionTemplate separately;

    ApplicationMails(
            Accounts accounts,
            Notifications notifications,
            @Value("${openpathways.public-url}") String publicUrl,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        OwnAccount applicant = applicant(event.applicant());
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(applicant.language().locale())
                .format(event.dueOn());
        send(
                applicant,
                "applications/submitted",
                Map.of(
                        "name",
                        applicant.displayName(),
                        "reference",
                        event.reference(),
                        "due",
                        due,
                        "link",
                        publicUrl + "/applications/" + event.reference()));
    }

    @ApplicationModuleListener
    void on(InformationRequested event) {
        OwnAccount applicant = applicant(event.applicant());
        send(
                applicant,
                "applications/information-requested",
                Map.of(
                        "name", applicant.displayName(),
                        "reference", event.reference(),
                        "link", publicUrl + "/applications/" + event.reference()));
    }

    @ApplicationModuleListener
    void on(ApplicationDecided event) {
        OwnAccount applicant = applicant(event.applicant());
        send(
                applicant,
                "applications/decided",
                Map.of(
                        "name", applicant.displayName(),
                        "reference", event.reference(),
                        "outcome", event.outcome(),
                        "link", publicUrl + "/applications/" + event.reference() + "/letter"));
    }

    /**
     * The applicant's address and language, read (and its reading audited) in a transaction of its own that ends at
     * once: the audit trail is a chain written one entry at a time, and holding its lock while the e-mail goes out
     * would make every other audited change wait for the mail server.
     */
    private OwnAccount applicant(java.util.UUID id) {
        return separately.execute(status -> accounts.ownAccount(id));
    }

    private void send(OwnAccount applicant, String template, Map<String, Object> variables) {
        notifications.send(Notification.byEmailAndInbox(
                applicant.id(), applicant.email(), applicant.language(), template, variables));
    }
}
