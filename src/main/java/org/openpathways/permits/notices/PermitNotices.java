package org.openpathways.permits.notices;

import java.util.Map;
import java.util.UUID;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.notifications.Notification;
import org.openpathways.notifications.Notifications;
import org.openpathways.permits.PermitIssued;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitRevoked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells holders, in their language, by e-mail and in their inbox, that a permit was issued to them or revoked. */
@Component
class PermitNotices {

    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String publicUrl;

    PermitNotices(
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            @Value("${openpathways.public-url}") String publicUrl) {
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

    private void send(UUID holder, String template, String number, Map<String, String> extra) {
        OwnAccount account = accounts.ownAccount(holder);
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
