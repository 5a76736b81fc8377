package org.openpathways.referrals.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.NewConsent;
import org.openpathways.referrals.NewReferral;
import org.openpathways.referrals.ProviderTerms;

/** The API's request bodies. Codes are checked by the facades, which name the field of an unknown one (422). */
final class ReferralForms {

    private ReferralForms() {}

    record ReferralBody(
            @NotNull UUID caseId,
            @NotNull UUID providerOrganisationId,
            @NotNull @Size(max = 40) String service,
            @NotNull @Size(max = 20) String urgency,
            @NotNull @Size(max = 20) List<@NotNull @Size(max = 40) String> categories,
            @Nullable @Size(max = 2000) String note,
            @Nullable @Size(max = 2000) String overrideReason) {

        NewReferral referral() {
            return new NewReferral(caseId, providerOrganisationId, service, urgency, categories, note, overrideReason);
        }
    }

    record ConsentBody(
            @NotNull UUID caseId,
            @NotNull UUID organisationId,
            @NotNull @Size(max = 20) String givenBy,
            @Nullable @Size(max = 200) String giverName,
            @NotNull @Size(max = 20) List<@NotNull @Size(max = 40) String> categories,
            @NotNull LocalDate validUntil) {

        NewConsent consent() {
            return new NewConsent(caseId, organisationId, givenBy, giverName, categories, validUntil);
        }
    }

    /** A reason or note that comes with an answer: required to decline, optional to deliver and to close. */
    record AnswerBody(
            @Nullable @Size(max = 2000) String reason,
            @Nullable @Size(max = 2000) String note) {}

    record ProviderBody(
            @NotNull @Size(min = 1, max = 8) List<@NotNull @Size(max = 40) String> services,
            @NotNull @Size(max = 30) List<@NotNull @Size(max = 80) String> areas,
            @NotNull @Size(max = 20) List<@NotNull @Size(max = 3) String> languages,
            @NotNull @Min(0) @Max(100_000) Integer capacity) {

        ProviderTerms terms() {
            return new ProviderTerms(services, areas, languages, capacity);
        }
    }
}
