package org.openpathways.shared.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.audit.AuditEntryFilter;
import org.openpathways.shared.audit.AuditEntryPage;
import org.openpathways.shared.audit.AuditReview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The auditor's pages: the trail, newest first, with filters; and the verification of the chain. */
@Controller
@RequestMapping("/audit")
class AuditPages {

    static final int PAGE_SIZE = 25;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditReview review;

    AuditPages(AuditReview review) {
        this.review = review;
    }

    @GetMapping
    String entries(EntryQuery query, Model model) {
        AuditEntryFilter filter = query.filter();
        List<String> invalid = filter.invalidFields();
        model.addAttribute("errors", invalid);
        model.addAttribute(
                "fields",
                List.of(
                        FilterField.of("action", query.action(), invalid),
                        FilterField.of("recordType", query.recordType(), invalid),
                        FilterField.of("recordId", query.recordId(), invalid),
                        FilterField.of("actor", query.actor(), invalid)));
        model.addAttribute("utc", TIME);
        model.addAttribute("pageInvalid", !query.pageIsValid());
        if (!invalid.isEmpty()) {
            return "audit/entries";
        }
        // A page number that is not one is answered with the first page and a message, not with an error page.
        AuditEntryPage page = review.entries(filter, query.pageIsValid() ? query.pageNumber() : 1, PAGE_SIZE);
        model.addAttribute("result", page);
        model.addAttribute("pagination", Pagination.of(page, filter));
        return "audit/entries";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", review.verify());
        return "audit/verification";
    }

    /** One filter input as the form shows it: what was typed, and whether it was refused. */
    record FilterField(String name, @Nullable String value, boolean invalid) {

        static FilterField of(String name, @Nullable String value, List<String> invalid) {
            return new FilterField(name, value, invalid.contains(name));
        }
    }
}
