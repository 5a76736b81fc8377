package org.openpathways.platform.web;

import java.util.List;
import java.util.Locale;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns a form's errors into the list an error summary shows, each linking to its field, and records refusals of the
 * module behind the form on the field they concern.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The summary of a form's errors, in the order of its fields. */
    public List<FieldMessage> summary(BindingResult result, Locale locale) {
        return result.getFieldErrors().stream()
                .map(error -> new FieldMessage(error.getField(), message(error, locale)))
                .toList();
    }

    /**
     * Records a refusal ({@link ProblemException} with a {@code field} property) on that field of the form, with the
     * problem's detail text; refusals about no field go on the form as a whole.
     */
    public static void reject(BindingResult result, ProblemException problem) {
        Object field = problem.getBody().getProperties() == null
                ? null
                : problem.getBody().getProperties().get("field");
        String code = "problem." + problem.type() + ".detail";
        if (field instanceof String name && result.getTarget() != null) {
            result.rejectValue(name, code);
        } else {
            result.reject(code);
        }
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    public record FieldMessage(String field, String message) {}
}
