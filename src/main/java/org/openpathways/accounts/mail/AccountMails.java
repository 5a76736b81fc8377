package org.openpathways.accounts.mail;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.openpathways.accounts.AccountRegistered;
import org.openpathways.accounts.EmailAddressConfirmed;
import org.openpathways.accounts.PasswordChanged;
import org.openpathways.accounts.PasswordResetRequested;
import org.openpathways.accounts.RegistrationRepeated;
import org.openpathways.accounts.StaffAccountCreated;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.TokenPurpose;
import org.openpathways.accounts.persistence.OneTimeTokens;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.accounts.persistence.StoredOrganisations;
import org.openpathways.notifications.Notification;
import org.openpathways.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The e-mails accounts send, each after the change that calls for it has committed. One-time links are issued here,
 * in the listener's own transaction: if sending fails, no link is kept and the event is delivered again later.
 */
@Component
class AccountMails {

    private final StoredAccounts accounts;
    private final StoredOrganisations organisations;
    private final OneTimeTokens tokens;
    private final Notifications notifications;
    private final Clock clock;
    private final String publicUrl;

    AccountMails(
            StoredAccounts accounts,
            StoredOrganisations organisations,
            OneTimeTokens tokens,
            Notifications notifications,
            Clock clock,
            @Value("${openpathways.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.notifications = notifications;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(AccountRegistered event) {
        Account account = account(event.accountId());
        String token = tokens.issue(account.id(), TokenPurpose.CONFIRM_EMAIL, clock.instant());
        email(account, "accounts/confirm-email", Map.of("link", link("/register/confirm", token)));
    }

    @ApplicationModuleListener
    void on(RegistrationRepeated event) {
        Account account = account(event.accountId());
        email(
                account,
                "accounts/already-registered",
                Map.of("signIn", publicUrl + "/login", "reset", publicUrl + "/password-reset"));
    }

    @ApplicationModuleListener
    void on(StaffAccountCreated event) {
        Account account = account(event.accountId());
        String token = tokens.issue(account.id(), TokenPurpose.SET_PASSWORD, clock.instant());
        String organisation = account.organisationId() == null
                ? ""
                : organisations
                        .find(account.organisationId())
                        .map(o -> o.name())
                        .orElse("");
        email(
                account,
                "accounts/member-invitation",
                Map.of("link", link("/password-reset/new", token), "organisation", organisation));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        Account account = account(event.accountId());
        String token = tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
        email(account, "accounts/password-reset", Map.of("link", link("/password-reset/new", token)));
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        Account account = account(event.accountId());
        notifications.send(Notification.byEmailAndInbox(
                account.id(),
                account.email().value(),
                account.preferredLanguage(),
                "accounts/password-changed",
                Map.of("name", account.displayName(), "reset", publicUrl + "/password-reset")));
    }

    @ApplicationModuleListener
    void on(EmailAddressConfirmed event) {
        Account account = account(event.accountId());
        notifications.send(Notification.byEmailAndInbox(
                account.id(),
                account.email().value(),
                account.preferredLanguage(),
                "accounts/welcome",
                Map.of("name", account.displayName(), "pathways", publicUrl + "/pathways")));
    }

    private void email(Account account, String template, Map<String, Object> variables) {
        var all = new java.util.HashMap<>(variables);
        all.put("name", account.displayName());
        notifications.send(Notification.byEmailOnly(
                account.id(), account.email().value(), account.preferredLanguage(), template, all));
    }

    private Account account(UUID id) {
        return accounts.find(id).orElseThrow(() -> new IllegalStateException("No account " + id));
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(publicUrl)
                .path(path)
                .queryParam("token", token)
                .build()
                .toUriString();
    }
}
