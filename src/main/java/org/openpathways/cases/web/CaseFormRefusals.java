package org.openpathways.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The messages a refused case-management form shows, by field. */
@Component
class CaseFormRefusals {

    private final MessageSource messages;

    CaseFormRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Each field in error with its message; a refusal about no field goes on the form as a whole. */
    Map<String, String> messages(ProblemException refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> properties = refused.getBody().getProperties();
        Object fields = properties == null ? null : properties.get("fields");
        Object field = properties == null ? null : properties.get("field");
        List<?> named = fields instanceof List<?> list ? list : field == null ? List.of() : List.of(field);
        String detail = messages.getMessage("problem." + refused.type() + ".detail", null, locale);
        for (Object name : named) {
            // A refusal naming several fields is a generic one: each field says what it needs. One naming a single
            // field (a service not offered, an assignee of another organisation) explains itself.
            errors.put(
                    String.valueOf(name),
                    fields == null
                            ? detail
                            : messages.getMessage("cases.management.error." + name, null, detail, locale));
        }
        if (errors.isEmpty()) {
            errors.put("form", detail);
        }
        return errors;
    }
}
