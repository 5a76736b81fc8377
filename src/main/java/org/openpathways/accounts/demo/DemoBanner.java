package org.openpathways.accounts.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to open it and, in demo mode, how to sign in. */
@Component
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final boolean demo;
    private final String publicUrl;

    DemoBanner(
            @Value("${openpathways.demo.enabled:false}") boolean demo,
            @Value("${openpathways.public-url}") String publicUrl) {
        this.demo = demo;
        this.publicUrl = publicUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        StringBuilder text = new StringBuilder("\n\n  OpenPathways is ready: ")
                .append(publicUrl)
                .append("/\n");
        if (demo) {
            text.append("\n  Demo mode. Every demo login uses the password: ")
                    .append(DemoAccounts.PASSWORD)
                    .append("\n  (staff sign in without a second factor in the demo; they may still set one up)\n\n");
            DemoAccounts.people()
                    .forEach(person -> text.append(String.format("    %-17s %s%n", person.role(), person.email())));
            text.append("\n  E-mails sent by the demo: ").append(publicUrl).append("/demo/mailbox\n");
        }
        log.info(text.toString());
    }
}
