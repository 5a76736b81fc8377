package org.openpathways.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.notifications.mail.DemoMailbox.DemoMail;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the e-mails the platform sends after commit, and finds the links in them. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoMailbox mailbox;
    private final JdbcClient jdbc;

    public Mailbox(DemoMailbox mailbox, JdbcClient jdbc) {
        this.mailbox = mailbox;
        this.jdbc = jdbc;
    }

    /**
     * The newest e-mail to the address whose subject contains the text, waiting for it to arrive and for the listener
     * that sent it to commit (a mail leaves just before its listener's transaction, with any link in it, commits).
     */
    public DemoMail awaitMail(String address, String subjectContains) {
        DemoMail mail = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mailbox.messagesTo(address).stream()
                                .filter(candidate -> candidate.subject().contains(subjectContains))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        return mail;
    }

    public List<DemoMail> mailsTo(String address) {
        return mailbox.messagesTo(address);
    }

    /** The path and query of the first link in the mail that contains the path, as MockMvc wants it. */
    public static String linkPath(DemoMail mail, String pathContains) {
        Matcher matcher = LINK.matcher(mail.body());
        while (matcher.find()) {
            String url = matcher.group();
            if (url.contains(pathContains)) {
                java.net.URI uri = java.net.URI.create(url);
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        throw new AssertionError("No link to " + pathContains + " in the mail");
    }

    /** The value of the token parameter of the first link to the path. */
    public static String token(DemoMail mail, String pathContains) {
        String path = linkPath(mail, pathContains);
        return path.substring(path.indexOf("token=") + "token=".length());
    }
}
