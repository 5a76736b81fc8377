package org.openpathways.accounts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.StaffMember;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.AccountStatus;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldDecryptionException;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts in the database. The e-mail address, display name and second-factor secret are encrypted; an account is
 * found by the blind index of its address. Updates check the version read, so concurrent edits are detected.
 */
@Repository
public class StoredAccounts {

    public static final String TABLE = "accounts_account";
    static final String EMAIL = TABLE + ".email";
    static final String EMAIL_INDEX = TABLE + ".email_index";
    static final String NAME = TABLE + ".display_name";
    static final String TOTP = TABLE + ".totp_secret";

    private static final String COLUMNS = "id, email, display_name, password_hash, status, organisation_id,"
            + " preferred_language, totp_secret, totp_enrolled_at, totp_last_step, created_at, confirmed_at, version";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    StoredAccounts(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public String emailIndex(EmailAddress email) {
        return encryption.blindIndex(email.value(), EMAIL_INDEX);
    }

    public Optional<Account> findByEmail(EmailAddress email) {
        return jdbc.sql("select " + COLUMNS + " from accounts_account where email_index = ?")
                .param(emailIndex(email))
                .query(this::account)
                .optional();
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accounts_account where id = ?")
                .param(id)
                .query(this::account)
                .optional();
    }

    /** The organisation an account belongs to, without decrypting anything; empty for applicants and unknown ids. */
    public Optional<UUID> organisationOf(UUID id) {
        return jdbc.sql("select organisation_id from accounts_account where id = ? and organisation_id is not null")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    public List<Account> inOrganisation(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from accounts_account where organisation_id = ? order by created_at")
                .param(organisationId)
                .query(this::account)
                .list();
    }

    /** An active member of an organisation, read without decrypting anything. */
    public Optional<StaffMember> activeStaff(UUID id) {
        return jdbc.sql("select organisation_id from accounts_account where id = ? and organisation_id is not null"
                        + " and status = 'ACTIVE'")
                .param(id)
                .query(UUID.class)
                .optional()
                .map(organisation -> new StaffMember(id, organisation, null, roles(id)));
    }

    /**
     * The active members of an organisation with their names. A name that cannot be decrypted (a row written outside
     * the application) is left out rather than stopping the list.
     */
    public List<StaffMember> activeStaffOf(UUID organisationId) {
        return jdbc.sql("select id, display_name from accounts_account where organisation_id = ? and status = 'ACTIVE'")
                .param(organisationId)
                .query((row, number) -> new StaffMember(
                        row.getObject("id", UUID.class),
                        organisationId,
                        readableName(row.getString("display_name")),
                        roles(row.getObject("id", UUID.class))))
                .list();
    }

    /** The active staff holding the role, in any organisation, with their names (left out when unreadable). */
    public List<StaffMember> activeStaffWithRole(Role role) {
        return jdbc.sql("select a.id, a.organisation_id, a.display_name from accounts_account a"
                        + " join accounts_account_role r on r.account_id = a.id"
                        + " where r.role = ? and a.organisation_id is not null and a.status = 'ACTIVE'")
                .param(role.name())
                .query((row, number) -> new StaffMember(
                        row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class),
                        readableName(row.getString("display_name")),
                        roles(row.getObject("id", UUID.class))))
                .list();
    }

    private @Nullable String readableName(@Nullable String stored) {
        try {
            return stored == null ? null : encryption.decrypt(stored, NAME);
        } catch (FieldDecryptionException unreadable) {
            return null;
        }
    }

    public boolean existsWithEmail(EmailAddress email) {
        return jdbc.sql("select count(*) from accounts_account where email_index = ?")
                        .param(emailIndex(email))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(Account account) {
        jdbc.sql("""
                        insert into accounts_account (id, email_index, email, display_name, password_hash, status,
                            organisation_id, preferred_language, totp_secret, totp_enrolled_at, totp_last_step,
                            created_at, confirmed_at, version)
                        values (:id, :emailIndex, :email, :name, :password, :status, :organisation, :language,
                            :totp, :totpEnrolled, :totpStep, :created, :confirmed, 0)
                        """)
                .param("id", account.id())
                .param("emailIndex", emailIndex(account.email()))
                .param("email", encryption.encrypt(account.email().value(), EMAIL))
                .param("name", encryption.encrypt(account.displayName(), NAME))
                .param("password", account.passwordHash())
                .param("status", account.status().name())
                .param("organisation", account.organisationId())
                .param("language", account.preferredLanguage().code())
                .param("totp", encryptNullable(account.totpSecret(), TOTP))
                .param("totpEnrolled", timestamp(account.totpEnrolledAt()))
                .param("totpStep", account.totpLastStep())
                .param("created", Timestamp.from(account.createdAt()))
                .param("confirmed", timestamp(account.confirmedAt()))
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("insert into accounts_account_role (account_id, role) values (?, ?)")
                    .params(account.id(), role.name())
                    .update();
        }
    }

    /** @throws OptimisticLockingFailureException when the account changed since it was read */
    public void update(Account account) {
        int updated = jdbc.sql("""
                        update accounts_account set display_name = :name, password_hash = :password,
                            status = :status, preferred_language = :language, totp_secret = :totp,
                            totp_enrolled_at = :totpEnrolled, totp_last_step = :totpStep, confirmed_at = :confirmed,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("id", account.id())
                .param("version", account.version())
                .param("name", encryption.encrypt(account.displayName(), NAME))
                .param("password", account.passwordHash())
                .param("status", account.status().name())
                .param("language", account.preferredLanguage().code())
                .param("totp", encryptNullable(account.totpSecret(), TOTP))
                .param("totpEnrolled", timestamp(account.totpEnrolledAt()))
                .param("totpStep", account.totpLastStep())
                .param("confirmed", timestamp(account.confirmedAt()))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The account changed since it was read");
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts_account")
                .query(Long.class)
                .single();
    }

    private Account account(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        String totp = row.getString("totp_secret");
        return new Account(
                id,
                EmailAddress.parse(encryption.decrypt(row.getString("email"), EMAIL))
                        .orElseThrow(),
                encryption.decrypt(row.getString("display_name"), NAME),
                row.getString("password_hash"),
                AccountStatus.valueOf(row.getString("status")),
                row.getObject("organisation_id", UUID.class),
                Language.ofCode(row.getString("preferred_language")).orElse(Language.fallback()),
                roles(id),
                totp == null ? null : encryption.decrypt(totp, TOTP),
                instant(row.getTimestamp("totp_enrolled_at")),
                (Long) row.getObject("totp_last_step"),
                row.getTimestamp("created_at").toInstant(),
                instant(row.getTimestamp("confirmed_at")),
                row.getInt("version"));
    }

    private Set<Role> roles(UUID accountId) {
        List<String> names = jdbc.sql("select role from accounts_account_role where account_id = ?")
                .param(accountId)
                .query(String.class)
                .list();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private @Nullable String encryptNullable(@Nullable String value, String context) {
        return value == null ? null : encryption.encrypt(value, context);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
