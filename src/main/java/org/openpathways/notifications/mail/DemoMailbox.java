package org.openpathways.notifications.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What the embedded mail server received, newest first, for the demo mailbox page and for tests. */
public class DemoMailbox {

    private final GreenMail server;

    DemoMailbox(GreenMail server) {
        this.server = server;
    }

    public List<DemoMail> messages() {
        List<DemoMail> arrived = new java.util.ArrayList<>(Arrays.stream(server.getReceivedMessages())
                .map(DemoMailbox::read)
                .toList());
        java.util.Collections.reverse(arrived);
        return List.copyOf(arrived);
    }

    public List<DemoMail> messagesTo(String address) {
        return messages().stream()
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    private static DemoMail read(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            Instant received = message.getSentDate() == null
                    ? Instant.EPOCH
                    : message.getSentDate().toInstant();
            return new DemoMail(
                    to,
                    message.getSubject(),
                    String.valueOf(message.getContent()).strip(),
                    received);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("A demo mail could not be read", e);
        }
    }

    public record DemoMail(String to, String subject, String body, Instant receivedAt) {}
}
