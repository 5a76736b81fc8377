package org.openpathways.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.permits.persistence.HistoryEntry;
import org.openpathways.permits.persistence.HistoryEntry.Change;
import org.openpathways.permits.persistence.PermitRecords;
import org.openpathways.permits.persistence.StoredPermit;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.shared.text.PlainTextValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permits module's API: issue a permit for an approved application, renew it, revoke it, and show it to its holder,
 * to staff and (in part) to anyone who verifies it.
 *
 * <p>Every change is audited, recorded as a history row and announced with an event, in one transaction. A permit that
 * does not exist and one the reader may not see are not told apart (404 {@code permits.not-found}).
 */
@Service
public class Permits {

    /** Purposes for which staff read permits; each read is audited with it. */
    public static final Set<String> STAFF_PURPOSES = Set.of("permit-check", "case-assessment", "revocation");

    /** The form of a fact's code, such as {@code employment-confirmed}. */
    public static final java.util.regex.Pattern FACT = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,59}");

    static final int MAX_REFERENCE_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 200;

    private final PermitRecords records;
    private final PermitTypes types;
    private final ObjectProvider<RevocationGuard> guards;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final PermitsProperties properties;

    Permits(
            PermitRecords records,
            PermitTypes types,
            ObjectProvider<RevocationGuard> guards,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone,
            PermitsProperties properties) {
        this.records = records;
        this.types = types;
        this.guards = guards;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.properties = properties;
    }

    /**
     * Issues the permit an approved application grants. Issuing again for the same application changes nothing and
     * returns the permit issued the first time.
     *
     * @throws ProblemException 422 naming the {@code field} when a value is not acceptable
     */
    @Transactional
    public PermitNumber issue(PermitToIssue request) {
        String reference = text(request.applicationReference(), MAX_REFERENCE_LENGTH, "applicationReference");
        Optional<StoredPermit> existing = records.forApplication(reference);
        if (existing.isPresent()) {
            return existing.get().number();
        }
        String name = text(request.holderName(), MAX_NAME_LENGTH, "holderName");
        String nationality =
                Nationalities.normalised(request.holderNationality()).orElseThrow(() -> invalid("holderNationality"));
        Optional<PathwayDefinition> pathway = types.definition(request.pathwayCode());
        LocalDate validUntil = request.validUntil() != null
                ? request.validUntil()
                : pathway.map(definition -> request.validFrom()
                                .plusMonths(definition.permit().validityMonths())
                                .minusDays(1))
                        .orElseThrow(() -> invalid("validUntil"));
        if (validUntil.isBefore(request.validFrom())) {
            throw invalid("validUntil");
        }
        checkConditionTexts(request.conditions());
        Instant now = now();
        StoredPermit permit = new StoredPermit(
                UUID.randomUUID(),
                freshNumber(),
                reference,
                request.holderAccountId(),
                name,
                nationality,
                request.pathwayCode(),
                request.pathwayVersion(),
                request.validFrom(),
                validUntil,
                request.conditions(),
                pathway.map(definition -> definition.permit().renewable()).orElse(false),
                now,
                null,
                null,
                null,
                0);
        if (!records.insertOnce(permit)) {
            // Another transaction issued it for this application meanwhile.
            return records.forApplication(reference).orElseThrow().number();
        }
        records.recordChange(
                permit, new HistoryEntry(Change.ISSUED, null, validUntil, reference, null, CurrentActor.name(), now));
        audit.record(AuditRecord.of("permits.issued", "permit", permit.number(), "permit-issue")
                .with("pathway", permit.pathwayCode())
                .with("application", reference));
        events.publishEvent(
                new PermitIssued(permit.number().value(), permit.holderId(), permit.pathwayCode(), reference));
        return permit.number();
    }

    /**
     * Extends a permit after its renewal application was approved. Renewing again for the same application changes
     * nothing.
     *
     * @throws ProblemException 404 when there is no such permit, 409 {@code permits.revoked} when it was revoked, 409
     *     {@code permits.not-renewable} when it is not renewable, 422 {@code permits.renewal-shortens} when the new
     *     end is not after the current one
     */
    @Transactional
    public PermitView renew(PermitNumber number, LocalDate newValidUntil, String applicationReference) {
        String reference = text(applicationReference, MAX_REFERENCE_LENGTH, "applicationReference");
        StoredPermit permit = records.lock(number).orElseThrow(Permits::notFound);
        if (records.changeRecorded(permit, Change.RENEWED, reference)) {
            return view(permit);
        }
        if (permit.revoked()) {
            throw ProblemException.conflict("permits.revoked");
        }
        if (!permit.renewable()) {
            throw ProblemException.conflict("permits.not-renewable");
        }
        if (!newValidUntil.isAfter(permit.validUntil())) {
            throw ProblemException.unprocessable("permits.renewal-shortens").with("field", "validUntil");
        }
        Instant now = now();
        records.extend(permit, newValidUntil, now);
        records.recordChange(
                permit,
                new HistoryEntry(
                        Change.RENEWED, permit.validUntil(), newValidUntil, reference, null, CurrentActor.name(), now));
        audit.record(AuditRecord.of("permits.renewed", "permit", number, "permit-renewal")
                .with("application", reference));
        events.publishEvent(new PermitRenewed(number.value(), permit.holderId(), newValidUntil, reference));
        return view(records.find(number).orElseThrow());
    }

    /**
     * What anyone may learn from a permit number: status, validity, type, conditions and the holder's name. Each
     * successful verification is audited, since it shows a name.
     *
     * @return empty when the text is not a permit number or no permit has it (the two are not told apart)
     */
    @Transactional
    public Optional<PermitVerification> verify(String typedNumber) {
        return PermitNumber.parse(typedNumber).flatMap(records::find).map(permit -> {
            audit.record(AuditRecord.of("permits.verified", "permit", permit.number(), "public-verification"));
            return new PermitVerification(
                    permit.number(),
                    status(permit),
                    permit.validFrom(),
                    permit.validUntil(),
                    permit.pathwayCode(),
                    permit.conditions(),
                    permit.holderName());
        });
    }

    /** The reader's own permits, the latest ending first. */
    @Transactional(readOnly = true)
    public List<PermitView> ownPermits(PermitReader reader) {
        return records.heldBy(reader.accountId()).stream().map(this::view).toList();
    }

    /**
     * A permit for its holder, or for staff (any permit; the read is audited with its purpose).
     *
     * @throws ProblemException 404 when there is no such permit or the reader may not see it; 400
     *     {@code permits.purpose-invalid} when staff name no known purpose
     */
    @Transactional
    public PermitView permit(String typedNumber, PermitReader reader, String purpose) {
        StoredPermit permit =
                PermitNumber.parse(typedNumber).flatMap(records::find).orElseThrow(Permits::notFound);
        if (permit.holderId().equals(reader.accountId())) {
            return view(permit);
        }
        if (!reader.staff()) {
            throw notFound();
        }
        if (!STAFF_PURPOSES.contains(purpose)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "permits.purpose-invalid").with("field", "purpose");
        }
        audit.record(AuditRecord.of("permits.read", "permit", permit.number(), purpose)
                .with("access", "staff"));
        return view(permit);
    }

    /**
     * Revokes a permit on one of the configured grounds, if the version the supervisor saw is still current and no
     * {@link RevocationGuard} objects. The holder is told once the revocation commits.
     *
     * @throws ProblemException 404 when there is no such permit or the reader may not revoke; 428/412 for a missing or
     *     stale version; 409 {@code permits.already-revoked}; 400 {@code permits.ground-unknown}; 409
     *     {@code permits.revocation-blocked} with the guard's {@code reason}
     */
    @Transactional
    public PermitView revoke(String typedNumber, Revocation revocation, IfMatch condition, PermitReader reader) {
        if (!reader.mayRevoke()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        return revokeAs(typedNumber, revocation, condition, CurrentActor.name());
    }

    /**
     * Revokes a permit for a process without a signed-in person (a scheduled job, the demo data), named as the actor
     * ({@code system:<name>}). The same rules apply as for {@link #revoke}, except the version check.
     */
    @Transactional
    public PermitView revokeAsSystem(String typedNumber, Revocation revocation, String system) {
        return revokeAs(typedNumber, revocation, IfMatch.of("*"), "system:" + system);
    }

    private PermitView revokeAs(String typedNumber, Revocation revocation, IfMatch condition, String actor) {
        StoredPermit permit =
                PermitNumber.parse(typedNumber).flatMap(records::lock).orElseThrow(Permits::notFound);
        condition.require(permit.version());
        if (permit.revoked()) {
            throw ProblemException.conflict("permits.already-revoked");
        }
        if (!properties.revocationGrounds().contains(revocation.ground())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "permits.ground-unknown").with("field", "ground");
        }
        String explanation = optionalText(revocation.explanation());
        PermitView current = view(permit);
        for (RevocationGuard guard : guards.orderedStream().toList()) {
            Optional<String> objection = guard.objection(current);
            if (objection.isPresent()) {
                throw ProblemException.conflict("permits.revocation-blocked").with("reason", objection.get());
            }
        }
        Instant now = now();
        records.markRevoked(permit, revocation.ground(), explanation, now);
        records.recordChange(
                permit,
                new HistoryEntry(
                        Change.REVOKED,
                        permit.validUntil(),
                        permit.validUntil(),
                        null,
                        revocation.ground(),
                        actor,
                        now));
        AuditRecord record = AuditRecord.of("permits.revoked", "permit", permit.number(), "revocation")
                .with("ground", revocation.ground());
        audit.record(actor.startsWith("system:") ? record.by(actor) : record);
        events.publishEvent(new PermitRevoked(permit.number().value(), permit.holderId(), revocation.ground()));
        return view(records.find(permit.number()).orElseThrow());
    }

    /**
     * Records a fact about a permit (for example {@code employment-confirmed}) that an extension decree may require.
     * Recording it again changes nothing. Caseworkers and supervisors only; audited.
     *
     * @return every fact recorded about the permit, in alphabetical order
     * @throws ProblemException 404 when there is no such permit or the reader is not staff; 400
     *     {@code permits.fact-invalid} when the code is not lower-case letters, digits and dashes (2 to 60)
     */
    @Transactional
    public List<String> recordFact(String typedNumber, String fact, PermitReader reader) {
        if (!reader.mayRecordFacts()) {
            throw notFound();
        }
        StoredPermit permit =
                PermitNumber.parse(typedNumber).flatMap(records::find).orElseThrow(Permits::notFound);
        if (!FACT.matcher(fact).matches()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "permits.fact-invalid").with("field", "fact");
        }
        if (records.recordFact(permit.id(), fact, "account:" + reader.accountId(), now())) {
            audit.record(AuditRecord.of("permits.fact-recorded", "permit", permit.number(), "permit-facts")
                    .with("fact", fact));
        }
        return records.facts(permit.id());
    }

    /** The grounds a permit may be revoked on, in the configured order. */
    public List<String> revocationGrounds() {
        return properties.revocationGrounds();
    }

    private PermitView view(StoredPermit permit) {
        PermitStatus status = status(permit);
        LocalDate renewalOpensOn = permit.renewable() && !permit.revoked()
                ? permit.validUntil().minusDays(properties.renewalWindowDays())
                : null;
        return new PermitView(
                permit.number(),
                permit.holderId(),
                permit.holderName(),
                permit.holderNationality(),
                permit.pathwayCode(),
                permit.pathwayVersion(),
                permit.validFrom(),
                permit.validUntil(),
                permit.conditions(),
                permit.renewable(),
                renewalOpensOn,
                status,
                permit.issuedAt(),
                permit.revoked()
                        ? new PermitView.RevocationRecord(
                                permit.revocationGround(), permit.revocationExplanation(), permit.revokedAt())
                        : null,
                permit.version());
    }

    private PermitStatus status(StoredPermit permit) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (permit.revoked()) {
            return PermitStatus.REVOKED;
        }
        if (today.isBefore(permit.validFrom())) {
            return PermitStatus.NOT_YET_VALID;
        }
        return today.isAfter(permit.validUntil()) ? PermitStatus.EXPIRED : PermitStatus.VALID;
    }

    private PermitNumber freshNumber() {
        PermitNumber number = PermitNumber.generate();
        while (records.numberTaken(number)) {
            number = PermitNumber.generate();
        }
        return number;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void checkConditionTexts(PermitConditions conditions) {
        if (conditions.employer() != null) {
            text(conditions.employer(), PermitConditions.MAX_EMPLOYER_LENGTH, "conditions.employer");
        }
        if (conditions.sector() != null) {
            text(conditions.sector(), PermitConditions.MAX_SECTOR_LENGTH, "conditions.sector");
        }
    }

    private static String text(String value, int max, String field) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || PlainTextValidator.problem(trimmed, max).isPresent()) {
            throw invalid(field);
        }
        return trimmed;
    }

    private static @Nullable String optionalText(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (PlainTextValidator.problem(trimmed, Revocation.MAX_EXPLANATION_LENGTH)
                .isPresent()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "permits.explanation-invalid")
                    .with("field", "explanation");
        }
        return trimmed;
    }

    private static ProblemException invalid(String field) {
        return ProblemException.unprocessable("permits.issue-invalid", field).with("field", field);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("permits.not-found");
    }
}
