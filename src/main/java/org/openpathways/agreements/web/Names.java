package org.openpathways.agreements.web;

import java.util.Locale;
import org.openpathways.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Countries and sectors by name in the reader's language; a sector without a name in the bundles shows its code. */
@Component
class Names {

    private final MessageSource messages;

    Names(MessageSource messages) {
        this.messages = messages;
    }

    String country(String code, Language language) {
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isBlank() ? code : name;
    }

    String sector(String code, Language language) {
        return messages.getMessage("agreements.sector." + code, null, code, language.locale());
    }

    String kind(String code, Language language) {
        return messages.getMessage("agreements.kind." + code, null, code, language.locale());
    }
}
