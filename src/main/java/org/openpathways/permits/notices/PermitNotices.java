package org.openpathways.permits.notices;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.notifications.Notification;
import org.openpathways.notifications.Notifications;
import org.openpathways.permits.PermitIssued;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitRevoked;
import org.openpathways.platform.api.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Tells holders, in their language, by e-mail and in their inbox, that a permit was issued to them or revoked. */
@Component
class PermitNotices {

    private static final Logger log = LoggerFactory.getLogger(PermitNotices.class);

    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String publicUrl;
    private final TransactionTemplate separately;

    PermitNotices(
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            PlatformTransactionManager transactions,
            @Value("${openpathways.public-url}") String publicUrl) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(PermitIssued event) {
        send(event.holderAccountId(), "permits/issued", event.permitNumber(), Map.of());
    }

    @ApplicationModuleListener
    void on(PermitRevoked event) {
        send(event.holderAccountId(), "permits/revoked", event.permitNumber(), Map.of("ground", event.ground()));
    }

    /** Read apart, so that a missing account does not spoil the listener's transaction. */
    private Optional<OwnAccount> holderAccount(UUID holder) {
        try {
            return Optional.ofNullable(separately.execute(status -> accounts.ownAccount(holder)));
        } catch (ProblemException notFound) {
            return Optional.empty();
        }
    }

    private void send(UUID holder, String template, String number, Map<String, String> extra) {
        Optional<OwnAccount> found = holderAccount(holder);
        if (found.isEmpty()) {
            log.warn("Permit notice {} not sent: the holder's account no longer exists", template);
            return;
        }
        OwnAccount account = found.get();
        var variables = new java.util.HashMap<String, Object>(extra);
        if (extra.containsKey("ground")) {
            variables.put(
                    "ground",
                    messages.getMessage(
                            "permits.ground." + extra.get("ground"),
                            null,
                            extra.get("ground"),
                            account.language().locale()));
        }
        variables.put("name", account.displayName());
        variables.put(
                "number", PermitNumber.parse(number).map(PermitNumber::grouped).orElse(number));
        variables.put("link", publicUrl + "/permits/" + number);
        notifications.send(
                Notification.byEmailAndInbox(account.id(), account.email(), account.language(), template, variables));
    }
}
