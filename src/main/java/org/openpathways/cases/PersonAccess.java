package org.openpathways.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.persistence.PersonAccessRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own access to their case. A person met at a border or a consulate has no application, so nothing ties
 * the case to an account of theirs; staff who work on the case give the person a one-time code, and the person, signed
 * in to their own account, enters it. From then on the case is theirs to follow: the referrals made for them, the
 * consents recorded, and withdrawing a consent (the {@code referrals} module asks {@link #casesOf}).
 *
 * <p>The code is twelve symbols of an alphabet without look-alike characters (about 58 bits), valid for a configured
 * time ({@code openpathways.cases.person-code-validity}, 14 days by default), used once; only its SHA-256 hash is
 * kept. A wrong, used and expired code get the same answer. Issuing and using a code are audited.
 */
@Service
public class PersonAccess {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRTVWXYZ";
    static final int SYMBOLS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cases cases;
    private final PersonAccessRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration validity;

    PersonAccess(
            Cases cases,
            PersonAccessRecords records,
            AuditTrail audit,
            Clock clock,
            @Value("${openpathways.cases.person-code-validity:P14D}") Duration validity) {
        this.cases = cases;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
    }

    /** A code to give the person, shown once, and until when it can be used. */
    public record IssuedCode(String code, Instant validUntil) {}

    /** Whether the case is linked to the person's account, and until when an unused code is valid (each may be null). */
    public record State(
            @Nullable Instant linkedAt, @Nullable Instant codeValidUntil) {}

    /**
     * Makes a new code for the person of the case, replacing an unused one.
     *
     * @throws ProblemException 404 {@code cases.not-found} when the actor may not see the case
     */
    @Transactional
    public IssuedCode issueCode(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        String code = newCode();
        Instant validUntil = clock.instant().plus(validity);
        records.issue(caseId, hash(normalise(code).orElseThrow()), validUntil, actor.account());
        audit.record(AuditRecord.of("cases.person-code-issued", "case", caseId, "person-access")
                .by(actor.account().toString()));
        return new IssuedCode(code, validUntil);
    }

    /**
     * Links the case of the code to the person's own account. The code can no longer be used afterwards.
     *
     * @return the case now linked
     * @throws ProblemException 403 {@code cases.person-only} unless the actor is an applicant (a person, not staff); 422
     *     {@code cases.code-invalid} (field {@code code}) for a code that is wrong, used or expired
     */
    @Transactional
    public UUID link(CaseActor actor, @Nullable String code) {
        if (!actor.has(Role.APPLICANT) || actor.organisationId() != null) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.person-only");
        }
        UUID caseId = normalise(code)
                .flatMap(symbols -> records.redeem(hash(symbols), actor.account(), clock.instant()))
                .orElseThrow(() -> ProblemException.unprocessable("cases.code-invalid")
                        .with("field", "code")
                        .with("fields", List.of("code")));
        audit.record(AuditRecord.of("cases.person-linked", "case", caseId, "person-access")
                .by(actor.account().toString()));
        return caseId;
    }

    /** The cases linked to the person's account. */
    @Transactional(readOnly = true)
    public List<UUID> casesOf(UUID account) {
        return records.casesOf(account);
    }

    /** The case's link and code, for staff who may see the case (empty for others and when neither exists). */
    @Transactional(readOnly = true)
    public Optional<State> stateOf(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return records.state(caseId)
                .map(state -> new State(
                        state.linkedAt(),
                        state.codeExpires() != null && state.codeExpires().isAfter(now) ? state.codeExpires() : null));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(SYMBOLS + 2);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code's symbols as typed (any case, spaces and dashes ignored), or empty when it cannot be a code. */
    static Optional<String> normalise(@Nullable String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(SYMBOLS);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            symbols.append(c);
        }
        return symbols.length() == SYMBOLS ? Optional.of(symbols.toString()) : Optional.empty();
    }

    private static byte[] hash(String symbols) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(symbols.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
