package org.openpathways.accounts.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.platform.i18n.Language;

/**
 * A person who can sign in: an applicant who registered, or a member of an organisation. Holds personal data in
 * clear only in memory; storage encrypts it.
 */
public final class Account {

    private final UUID id;
    private EmailAddress email;
    private String displayName;
    private @Nullable String passwordHash;
    private AccountStatus status;
    private final @Nullable UUID organisationId;
    private Language preferredLanguage;
    private final EnumSet<Role> roles;
    private @Nullable String totpSecret;
    private @Nullable Instant totpEnrolledAt;
    private @Nullable Long totpLastStep;
    private final Instant createdAt;
    private @Nullable Instant confirmedAt;
    private final int version;

    public Account(
            UUID id,
            EmailAddress email,
            String displayName,
            @Nullable String passwordHash,
            AccountStatus status,
            @Nullable UUID organisationId,
            Language preferredLanguage,
            Set<Role> roles,
            @Nullable String totpSecret,
            @Nullable Instant totpEnrolledAt,
            @Nullable Long totpLastStep,
            Instant createdAt,
            @Nullable Instant confirmedAt,
            int version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = status;
        this.organisationId = organisationId;
        this.preferredLanguage = preferredLanguage;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.totpSecret = totpSecret;
        this.totpEnrolledAt = totpEnrolledAt;
        this.totpLastStep = totpLastStep;
        this.createdAt = createdAt;
        this.confirmedAt = confirmedAt;
        this.version = version;
    }

    /** An applicant who has just registered and must confirm their address. */
    public static Account registeredApplicant(
            EmailAddress email, String displayName, String passwordHash, Language language, Instant now) {
        return new Account(
                UUID.randomUUID(),
                email,
                displayName,
                passwordHash,
                AccountStatus.PENDING_CONFIRMATION,
                null,
                language,
                EnumSet.of(Role.APPLICANT),
                null,
                null,
                null,
                now,
                null,
                0);
    }

    /** A member of an organisation, created by an administrator; usable once they set a password. */
    public static Account organisationMember(
            EmailAddress email,
            String displayName,
            UUID organisationId,
            Set<Role> roles,
            Language language,
            Instant now) {
        return new Account(
                UUID.randomUUID(),
                email,
                displayName,
                null,
                AccountStatus.PENDING_CONFIRMATION,
                organisationId,
                language,
                roles,
                null,
                null,
                null,
                now,
                null,
                0);
    }

    public void confirmEmail(Instant now) {
        if (status == AccountStatus.PENDING_CONFIRMATION && passwordHash != null) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    /** Sets a new password; for a member who never had one, this also confirms their address (the link proved it). */
    public void setPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        if (status == AccountStatus.PENDING_CONFIRMATION) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    public void enrolSecondFactor(String secret, long usedStep, Instant now) {
        this.totpSecret = secret;
        this.totpEnrolledAt = now;
        this.totpLastStep = usedStep;
    }

    public void useSecondFactorStep(long step) {
        this.totpLastStep = step;
    }

    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
    }

    public void disable() {
        this.status = AccountStatus.DISABLED;
    }

    public void preferLanguage(Language language) {
        this.preferredLanguage = language;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** Members of organisations must sign in with a second factor (unless the platform waives it, as in the demo). */
    public boolean organisational() {
        return roles.stream().anyMatch(Role::organisational);
    }

    public boolean secondFactorEnrolled() {
        return totpSecret != null;
    }

    public UUID id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public @Nullable UUID organisationId() {
        return organisationId;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public @Nullable String totpSecret() {
        return totpSecret;
    }

    public @Nullable Instant totpEnrolledAt() {
        return totpEnrolledAt;
    }

    public @Nullable Long totpLastStep() {
        return totpLastStep;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public int version() {
        return version;
    }

    @Override
    public String toString() {
        return "Account[" + id + "]";
    }
}
