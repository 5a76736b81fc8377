package org.openpathways.applications;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An application, or a change to it, that cannot be accepted as it is: each item names a field and what is wrong or
 * missing. 400 when a value is not acceptable (type {@code applications.invalid}); 422 when a submission is incomplete
 * (type {@code applications.incomplete}). Nothing is changed.
 */
public class ApplicationRefused extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final transient List<MissingItem> items;

    ApplicationRefused(HttpStatus status, String type, List<MissingItem> items) {
        super(type + " " + items.stream().map(MissingItem::field).toList());
        this.status = status;
        this.type = type;
        this.items = List.copyOf(items);
    }

    static ApplicationRefused invalid(List<MissingItem> items) {
        return new ApplicationRefused(HttpStatus.BAD_REQUEST, "applications.invalid", items);
    }

    static ApplicationRefused incomplete(List<MissingItem> items) {
        return new ApplicationRefused(HttpStatus.UNPROCESSABLE_ENTITY, "applications.incomplete", items);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<MissingItem> items() {
        return items;
    }
}
