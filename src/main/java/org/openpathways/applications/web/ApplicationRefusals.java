package org.openpathways.applications.web;

import java.util.List;
import java.util.Locale;
import org.openpathways.platform.api.FieldProblem;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/** A 400 problem naming one field of a request. */
final class ApplicationRefusals {

    private ApplicationRefusals() {}

    static ProblemException field(String field, String messageKey, MessageSource messages, Locale locale) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "applications.invalid")
                .with("errors", List.of(new FieldProblem(field, messages.getMessage(messageKey, null, locale))));
    }
}
