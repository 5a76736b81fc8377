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
import org.springframework.util.ClassUtils;

/** Sends plain-text e-mail through SMTP (the embedded server in demo mode and tests). */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final String NOT_CONFIGURED = "No mail server is configured. Set spring.mail.host (with"
            + " spring.mail.port, spring.mail.username and spring.mail.password as needed), or, for a demo only,"
            + " openpathways.mail.embedded=true.";

    /** Jakarta Mail's system property that names the stream provider, and the one Angus Mail (on the class path) has. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final @Nullable JavaMailSender sender;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> senders, @Value("${openpathways.mail.from}") String from) {
        this.sender = senders.getIfAvailable();
        this.from = from;
        nameTheStreamProvider();
        if (sender == null) {
            log.warn("{} E-mails wait in the outbox until one is.", NOT_CONFIGURED);
        }
    }

    /**
     * Jakarta Mail 2.1 looks its stream provider up with a {@code ServiceLoader} for every message it builds
     * (jakartaee/mail-api#861), which in the packaged application walks the nested jars of the Spring Boot jar each
     * time: a third of the CPU of sending an e-mail in a profile of application submissions. When the provider is
     * named by its system property, the lookup is one class by name. Set only when nobody chose another provider.
     */
    static void nameTheStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailDelivery.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
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
