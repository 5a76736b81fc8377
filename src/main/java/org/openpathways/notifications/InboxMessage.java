package org.openpathways.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message in a person's inbox, decrypted for its recipient. */
public record InboxMessage(
        UUID id,
        String subject,
        String body,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
