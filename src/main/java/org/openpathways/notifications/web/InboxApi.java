package org.openpathways.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.UUID;
import org.openpathways.notifications.Inbox;
import org.openpathways.notifications.InboxMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "The signed-in person's messages")
class InboxApi {

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "List your messages, newest first")
    Inbox.InboxPage list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Principal principal) {
        return inbox.page(InboxPages.owner(principal), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one of your messages (marks it read)")
    InboxMessage read(@PathVariable UUID id, Principal principal) {
        return inbox.open(InboxPages.owner(principal), id);
    }
}
