package org.openpathways.platform.i18n;

/**
 * Remembers the language a signed-in person chose, so that pages, letters and notifications reach them in it.
 * Implemented by the module that owns accounts.
 */
public interface PreferredLanguageStore {

    /**
     * Records the choice for the person currently signed in; does nothing for anonymous visitors.
     *
     * @param language the language chosen
     */
    void rememberForCurrentUser(Language language);
}
