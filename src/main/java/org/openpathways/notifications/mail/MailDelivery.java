package org.openpathways.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.openpathways.notifications.RenderedMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends plain-text e-mail through SMTP (the embedded server in demo mode and tests). */
@Component
public class MailDelivery {

    private final JavaMailSender sender;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> senders, @Value("${openpathways.mail.from}") String from) {
        this.sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server is configured. Set spring.mail.host (with spring.mail.port,"
                    + " spring.mail.username and spring.mail.password as needed), or, for a demo only,"
                    + " openpathways.mail.embedded=true.");
        }
        this.from = from;
    }

    /** @throws MailException when the message could not be handed to the mail server */
    public void send(String to, RenderedMessage message) {
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
