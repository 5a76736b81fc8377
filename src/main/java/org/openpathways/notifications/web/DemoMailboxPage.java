package org.openpathways.notifications.web;

import org.openpathways.notifications.mail.DemoMailbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo's mailbox: every e-mail the embedded mail server received, so a newcomer can follow the links in them. */
@Controller
@ConditionalOnBean(DemoMailbox.class)
class DemoMailboxPage {

    private final DemoMailbox mailbox;

    DemoMailboxPage(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(Model model) {
        model.addAttribute("mails", mailbox.messages());
        return "notifications/mailbox";
    }
}
