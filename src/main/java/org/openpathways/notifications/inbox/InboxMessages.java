package org.openpathways.notifications.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.notifications.InboxMessage;
import org.openpathways.notifications.RenderedMessage;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox table; subjects and bodies are stored encrypted. */
@Repository
public class InboxMessages {

    static final String TABLE = "notifications_message";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    InboxMessages(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public UUID store(UUID recipient, String template, RenderedMessage message, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notifications_message (id, recipient_id, template, subject, body, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        recipient,
                        template,
                        encryption.encrypt(message.subject(), TABLE + ".subject"),
                        encryption.encrypt(message.body(), TABLE + ".body"),
                        Timestamp.from(at))
                .update();
        return id;
    }

    public List<InboxMessage> page(UUID recipient, int page, int size) {
        return jdbc.sql("""
                        select id, subject, body, created_at, read_at from notifications_message
                        where recipient_id = ? order by created_at desc, id limit ? offset ?
                        """)
                .params(recipient, size, (long) page * size)
                .query(this::message)
                .list();
    }

    public Optional<InboxMessage> find(UUID recipient, UUID id) {
        return jdbc.sql("select id, subject, body, created_at, read_at from notifications_message"
                        + " where recipient_id = ? and id = ?")
                .params(recipient, id)
                .query(this::message)
                .optional();
    }

    public void markRead(UUID recipient, UUID id, Instant at) {
        jdbc.sql("update notifications_message set read_at = ? where recipient_id = ? and id = ? and read_at is null")
                .params(Timestamp.from(at), recipient, id)
                .update();
    }

    public long count(UUID recipient) {
        return jdbc.sql("select count(*) from notifications_message where recipient_id = ?")
                .param(recipient)
                .query(Long.class)
                .single();
    }

    public long unreadCount(UUID recipient) {
        return jdbc.sql("select count(*) from notifications_message where recipient_id = ? and read_at is null")
                .param(recipient)
                .query(Long.class)
                .single();
    }

    private InboxMessage message(ResultSet row, int number) throws SQLException {
        Timestamp readAt = row.getTimestamp("read_at");
        return new InboxMessage(
                row.getObject("id", UUID.class),
                encryption.decrypt(row.getString("subject"), TABLE + ".subject"),
                encryption.decrypt(row.getString("body"), TABLE + ".body"),
                row.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    @Configuration(proxyBeanMethods = false)
    static class EncryptedColumns {

        @Bean
        EncryptedColumn inboxSubject() {
            return new EncryptedColumn(TABLE, "id", "subject");
        }

        @Bean
        EncryptedColumn inboxBody() {
            return new EncryptedColumn(TABLE, "id", "body");
        }
    }
}
