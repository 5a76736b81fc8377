package org.openpathways.applications.web;

import java.util.List;
import java.util.Locale;
import org.openpathways.applications.MissingItem;
import org.openpathways.pathways.RuleTexts;
import org.openpathways.platform.api.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns what an application lacks into sentences in the reader's language. */
@Component
class ApplicationTexts {

    private final MessageSource messages;
    private final RuleTexts rules;

    ApplicationTexts(MessageSource messages, RuleTexts rules) {
        this.messages = messages;
        this.rules = rules;
    }

    String message(MissingItem item, Locale locale) {
        Object[] arguments = item.arguments().stream()
                .map(argument -> argument(argument, locale))
                .toArray();
        return messages.getMessage(item.messageKey(), arguments, locale);
    }

    List<FieldProblem> problems(List<MissingItem> items, Locale locale) {
        return items.stream()
                .map(item -> new FieldProblem(item.field(), message(item, locale)))
                .toList();
    }

    /** A document type the pathway asks for, in plain words. */
    String documentName(String code, Locale locale) {
        return rules.name(code, locale);
    }

    private Object argument(Object argument, Locale locale) {
        if (argument instanceof String text && text.startsWith("#")) {
            return messages.getMessage(text.substring(1), null, text.substring(1), locale);
        }
        if (argument instanceof String text && text.startsWith("@")) {
            return rules.name(text.substring(1), locale);
        }
        return argument;
    }
}
