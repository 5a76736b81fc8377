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

/**
 * Tells applicants, by e-mail and in their inbox and in their own language, what happened to their application. Runs
 * after the change committed; a failure leaves the event to be delivered again.
 */
@Component
class ApplicationMails {

    private final Accounts accounts;
    private final Notifications notifications;
    private final String publicUrl;

    ApplicationMails(
            Accounts accounts, Notifications notifications, @Value("${openpathways.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        OwnAccount applicant = accounts.ownAccount(event.applicant());
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
        OwnAccount applicant = accounts.ownAccount(event.applicant());
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
        OwnAccount applicant = accounts.ownAccount(event.applicant());
        send(
                applicant,
                "applications/decided",
                Map.of(
                        "name", applicant.displayName(),
                        "reference", event.reference(),
                        "outcome", event.outcome(),
                        "link", publicUrl + "/applications/" + event.reference() + "/letter"));
    }

    private void send(OwnAccount applicant, String template, Map<String, Object> variables) {
        notifications.send(Notification.byEmailAndInbox(
                applicant.id(), applicant.email(), applicant.language(), template, variables));
    }
}
