package org.openpathways.accounts.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.accounts.domain.TokenPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links: 256 random bits sent by e-mail, of which only a SHA-256 hash is stored, so a copy of the database
 * cannot be used to take over accounts. Issuing a new token for a purpose retires the earlier ones.
 */
@Repository
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a token and returns it; it is never stored in clear. */
    public String issue(UUID accountId, TokenPurpose purpose, Instant now) {
        retire(accountId, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into accounts_token (id, account_id, purpose, token_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        accountId,
                        purpose.name(),
                        hash(token),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(purpose.validity())))
                .update();
        return token;
    }

    /** The account a valid, unused token belongs to; does not use it up. */
    public Optional<UUID> holder(String token, TokenPurpose purpose, Instant now) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select account_id from accounts_token
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                        """)
                .params(hash(token), purpose.name(), Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }

    /** Uses the token up; returns its holder only if it was valid and unused (a second use finds nothing). */
    public Optional<UUID> use(String token, TokenPurpose purpose, Instant now) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update accounts_token set used_at = :now
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        returning account_id
                        """)
                .param("now", Timestamp.from(now))
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional();
    }

    public void retire(UUID accountId, TokenPurpose purpose, Instant now) {
        jdbc.sql("update accounts_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(now), accountId, purpose.name())
                .update();
    }

    private static boolean plausible(String token) {
        return token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
