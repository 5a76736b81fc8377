package org.openpathways.platform.api.idempotency;

import java.util.Optional;

/** A client's name for one intended request: 1 to 255 printable ASCII characters (space included). */
record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;

    static Optional<IdempotencyKey> parse(String header) {
        if (header.isEmpty() || header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return Optional.empty();
            }
        }
        return Optional.of(new IdempotencyKey(header));
    }
}
