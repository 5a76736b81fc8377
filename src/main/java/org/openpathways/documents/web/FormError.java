package org.openpathways.documents.web;

import java.io.Serializable;
import java.util.Locale;
import org.openpathways.documents.UploadRefused;
import org.springframework.context.MessageSource;

/**
 * A refused upload as the form shows it: in the error summary, linking to the field, and next to the field. The text
 * is the same translated detail the API sends.
 *
 * @param field the id of the form field at fault
 * @param message the translated message
 */
record FormError(String field, String message) implements Serializable {

    static FormError of(UploadRefused refused, MessageSource messages, Locale locale) {
        String message = messages.getMessage(
                "problem." + refused.type() + ".detail", refused.getDetailMessageArguments(), locale);
        return new FormError(refused.field(), message);
    }
}
