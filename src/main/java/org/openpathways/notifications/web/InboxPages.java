package org.openpathways.notifications.web;

import java.security.Principal;
import java.util.UUID;
import org.openpathways.notifications.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InboxPages {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    InboxPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
        model.addAttribute("inbox", inbox.page(owner(principal), Math.max(0, page), PAGE_SIZE));
        return "notifications/inbox";
    }

    @GetMapping("/inbox/{id}")
    String message(@PathVariable UUID id, Principal principal, Model model) {
        model.addAttribute("message", inbox.open(owner(principal), id));
        return "notifications/message";
    }

    static UUID owner(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
