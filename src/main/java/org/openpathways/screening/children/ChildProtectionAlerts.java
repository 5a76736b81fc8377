package org.openpathways.screening.children;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.StaffMember;
import org.openpathways.notifications.Notification;
import org.openpathways.notifications.Notifications;
import org.openpathways.screening.ChildProtectionOfficerRequired;
import org.openpathways.shared.crypto.FieldDecryptionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells every active child-protection officer, by e-mail and in their inbox and in their own language, that a case has
 * just become a child's and needs one of them, by when, with a link to the case. Nothing about the child is in the
 * message: the officer reads the case, and that read is audited. Runs after the action committed; a failure to send
 * leaves the event to be delivered again (officers already told are then told twice, which is better than not at all);
 * an officer whose account cannot be read is skipped with a warning that names only the account.
 */
@Component
class ChildProtectionAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProtectionAlerts.class);

    private final Organisations organisations;
    private final Accounts accounts;
    private final Notifications notifications;
    private final String publicUrl;
    private final ZoneId zone;
    private final TransactionTemplate separately;

    ChildProtectionAlerts(
            Organisations organisations,
            Accounts accounts,
            Notifications notifications,
            @Value("${openpathways.public-url}") String publicUrl,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone,
            PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
        this.zone = zone;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ChildProtectionOfficerRequired event) {
        for (StaffMember officer : organisations.staffWithRole(Role.CHILD_PROTECTION)) {
            OwnAccount account;
            try {
                account = account(officer.account());
            } catch (FieldDecryptionException unreadable) {
                // One damaged account must not keep every other officer from being told, nor be retried for ever.
                LOG.warn(
                        "Child-protection officer {} not told of case {}: their account cannot be read",
                        officer.account(),
                        event.caseId());
                continue;
            }
            String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(account.language().locale())
                    .withZone(zone)
                    .format(event.dueAt());
            notifications.send(Notification.byEmailAndInbox(
                    account.id(),
                    account.email(),
                    account.language(),
                    "screening/officer-required",
                    Map.of("name", account.displayName(), "due", due, "link", publicUrl + "/cases/" + event.caseId())));
        }
    }

    /**
     * The officer's address and language, read (and its reading audited) in a transaction of its own that ends at
     * once, as the applicants' e-mails do: no transaction holds the audit chain while an e-mail goes out.
     */
    private OwnAccount account(UUID id) {
        return separately.execute(status -> accounts.ownAccount(id));
    }
}
