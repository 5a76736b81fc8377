package org.openpathways.referrals.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.Consent;

@JsonInclude(JsonInclude.Include.NON_NULL)
record ConsentJson(
        UUID id,
        UUID caseId,
        UUID organisationId,
        String providerName,
        String givenBy,
        @Nullable String giverName,
        List<String> categories,
        LocalDate validUntil,
        Instant recordedAt,
        @Nullable Instant withdrawnAt,
        boolean live) {

    static ConsentJson of(Consent consent, LocalDate today) {
        return new ConsentJson(
                consent.id(),
                consent.caseId(),
                consent.organisationId(),
                consent.providerName(),
                consent.givenBy().code(),
                consent.giverName(),
                ReferralJson.codes(consent.categories()),
                consent.validUntil(),
                consent.recordedAt(),
                consent.withdrawnAt(),
                consent.live(today));
    }
}
