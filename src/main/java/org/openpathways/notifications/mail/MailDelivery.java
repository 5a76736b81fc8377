package org.openpathways.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.openpathways.notifications.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends plain-text e-mail through SMTP (the embedded server in demo mode and tests). */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final String NOT_CONFIGURED = "No mail server is configured. Set spring.mail.host (with"
            + " spring.mail.port, spring.mail.username and spring.mail.password as needed), or, for a demo only,"
            + " openpathways.mail.embedded=true.";

    private final @Nullable JavaMailSender sender;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> senders, @Value("${openpathways.mail.from}") String from) {
        this.sender = senders.getIfAvailable();
        this.from = from;
        if (sender == null) {
            log.warn("{} E-mails wait in the outbox until one is.", NOT_CONFIGURED);
        }
    }

    /**
     * @throws MailException when the message could not be handed to the mail server
     * @throws IllegalStateException when no mail server is configured (the event waits in the outbox)
     */
    public void send(String to, RenderedMessage message) {
        if (sender == null) {
            throw new IllegalStateException(NOT_CONFIGURED);
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("The message could not be prepared", e);
        }
        sender.send(mime);
    }
}
