package org.openpathways.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.openpathways.agreements.persistence.AgreementRecords;
import org.openpathways.agreements.persistence.QuotaRecords;
import org.openpathways.agreements.persistence.StoredAgreement;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements' API: what the public reads (agreements in force and ended, with their quotas' live use) and how
 * administrators write them. Every change is audited in its transaction.
 */
@Service
public class Agreements {

    private static final String PURPOSE = "agreement-administration";

    private final AgreementRecords records;
    private final QuotaRecords quotas;
    private final AuditTrail audit;
    private final Clock clock;

    Agreements(AgreementRecords records, QuotaRecords quotas, AuditTrail audit, Clock clock) {
        this.records = records;
        this.quotas = quotas;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agreements in force, the most recent first, with their quotas' use now. */
    @Transactional(readOnly = true)
    public List<AgreementView> inForce() {
        return records.withStatus(List.of(AgreementStatus.IN_FORCE)).stream()
                .map(this::view)
                .toList();
    }

    /** Every agreement, drafts included, for administrators. */
    @Transactional(readOnly = true)
    public List<AgreementView> all() {
        return records.withStatus(List.of(AgreementStatus.values())).stream()
                .map(this::view)
                .toList();
    }

    /** An agreement the public may read: in force or ended, not a draft. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> published(String code) {
        return records.find(code)
                .filter(agreement -> agreement.status() != AgreementStatus.DRAFT)
                .map(this::view);
    }

    /** Any agreement, drafts included, for administrators. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> any(String code) {
        return records.find(code).map(this::view);
    }

    /**
     * Records a new agreement with its quotas.
     *
     * @throws ProblemException 422 {@code agreements.terms-invalid} naming the {@code field}; 409
     *     {@code agreements.code-taken} or {@code agreements.quota-code-taken}
     */
    @Transactional
    public AgreementView create(AgreementTerms terms) {
        TermsCheck.check(terms);
        if (!records.insert(terms, now())) {
            throw ProblemException.conflict("agreements.code-taken").with("field", "code");
        }
        saveQuotas(terms);
        audit.record(AuditRecord.of("agreements.created", "agreement", terms.code(), PURPOSE)
                .with("status", terms.status().code()));
        return view(records.find(terms.code()).orElseThrow());
    }

    /**
     * Changes an agreement, if the version the administrator saw is still current. Quotas are matched by code: new
     * codes are added, missing ones deleted (only if never allocated), and a capacity may not fall below the places
     * used.
     *
     * @throws ProblemException 404 {@code agreements.not-found}; 428/412 for a missing or stale version; 422
     *     {@code agreements.terms-invalid}; 409 {@code agreements.quota-code-taken}, {@code agreements.capacity-below-use}
     *     or {@code agreements.quota-in-use}
     */
    @Transactional
    public AgreementView update(String code, AgreementTerms terms, IfMatch condition) {
        StoredAgreement current = records.lock(code).orElseThrow(Agreements::notFound);
        condition.require(current.version());
        if (!terms.code().equals(code)) {
            throw ProblemException.unprocessable("agreements.terms-invalid", "code")
                    .with("field", "code");
        }
        TermsCheck.check(terms);
        records.update(terms, current.version(), now());
        if (!quotas.deleteOthers(
                code, terms.quotas().stream().map(QuotaTerms::code).toList())) {
            throw ProblemException.conflict("agreements.quota-in-use").with("field", "quotas");
        }
        saveQuotas(terms);
        audit.record(AuditRecord.of("agreements.updated", "agreement", code, PURPOSE)
                .with("status", terms.status().code()));
        return view(records.find(code).orElseThrow());
    }

    private void saveQuotas(AgreementTerms terms) {
        for (int i = 0; i < terms.quotas().size(); i++) {
            QuotaTerms quota = terms.quotas().get(i);
            if (!quotas.save(terms.code(), quota)) {
                boolean ours = quotas.find(quota.code())
                        .map(existing -> existing.agreementCode().equals(terms.code()))
                        .orElse(false);
                throw ProblemException.conflict(ours ? "agreements.capacity-below-use" : "agreements.quota-code-taken")
                        .with("field", "quotas[" + i + "]." + (ours ? "capacity" : "code"));
            }
        }
    }

    private AgreementView view(StoredAgreement agreement) {
        return new AgreementView(
                agreement.code(),
                agreement.kind(),
                records.titles(agreement.code()),
                agreement.partners(),
                agreement.sectors(),
                agreement.validFrom(),
                agreement.validTo(),
                records.rightsClauses(agreement.code()),
                agreement.status(),
                quotas.ofAgreement(agreement.code()),
                agreement.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("agreements.not-found");
    }
}
