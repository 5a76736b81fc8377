package org.openpathways.accounts.security;

import org.openpathways.accounts.Accounts;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.i18n.PreferredLanguageStore;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Remembers the language a signed-in person switches to, so their next session and their letters use it. */
@Component
class AccountLanguagePreference implements PreferredLanguageStore {

    private final Accounts accounts;

    AccountLanguagePreference(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void rememberForCurrentUser(Language language) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            SignInOutcomes.signedIn(authentication)
                    .ifPresent(account -> accounts.rememberLanguage(account.id(), language));
        }
    }
}
