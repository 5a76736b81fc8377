package org.openpathways.agreements.persistence;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementKind;
import org.openpathways.agreements.AgreementStatus;

/** An agreement's row, without its texts and quotas. */
public record StoredAgreement(
        String code,
        AgreementKind kind,
        List<String> partners,
        List<String> sectors,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        AgreementStatus status,
        long version) {}
