package org.openpathways.referrals.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.DataCategory;
import org.openpathways.referrals.ReferralSummary;
import org.openpathways.referrals.ReferralView;
import org.openpathways.referrals.SharedData;

/** A referral in the API; {@code person} holds only the shared categories' fields, the others absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReferralJson(
        UUID id,
        @Nullable UUID caseId,
        UUID providerOrganisationId,
        String providerName,
        String service,
        String urgency,
        String status,
        Instant sentAt,
        Instant dueAt,
        boolean overdue,
        boolean consentOverridden,
        @Nullable List<String> categories,
        @Nullable Boolean consentLive,
        @Nullable String note,
        @Nullable String overrideReason,
        @Nullable String declineReason,
        @Nullable String deliveryNote,
        @Nullable String closeReason,
        @Nullable Instant answeredAt,
        @Nullable Instant deliveredAt,
        @Nullable Instant closedAt,
        @Nullable Person person,
        @Nullable Long version) {

    /** The person as the provider sees them: the fields of the shared categories only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(
            List<String> sharedCategories,
            @Nullable String fullName,
            @Nullable LocalDate claimedBirthDate,
            @Nullable String sex,
            @Nullable String nationality,
            @Nullable String phone,
            @Nullable List<String> languages,
            @Nullable List<String> needs) {

        static Person of(SharedData data) {
            return new Person(
                    codes(data.categories()),
                    data.fullName(),
                    data.claimedBirthDate(),
                    data.sex(),
                    data.nationality(),
                    data.phone(),
                    data.languages(),
                    data.needs());
        }
    }

    static ReferralJson summary(ReferralSummary s) {
        return new ReferralJson(
                s.id(),
                null,
                s.providerOrganisationId(),
                s.providerName(),
                s.service().code(),
                s.urgency().code(),
                s.status().code(),
                s.sentAt(),
                s.dueAt(),
                s.overdue(),
                s.consentOverridden(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static ReferralJson of(ReferralView view) {
        ReferralSummary s = view.summary();
        return new ReferralJson(
                s.id(),
                view.caseId(),
                s.providerOrganisationId(),
                s.providerName(),
                s.service().code(),
                s.urgency().code(),
                s.status().code(),
                s.sentAt(),
                s.dueAt(),
                s.overdue(),
                s.consentOverridden(),
                codes(view.categories()),
                view.consentLive(),
                view.note(),
                view.overrideReason(),
                view.declineReason(),
                view.deliveryNote(),
                view.closeReason(),
                view.answeredAt(),
                view.deliveredAt(),
                view.closedAt(),
                view.forProvider() ? Person.of(view.shared()) : null,
                view.version());
    }

    static List<String> codes(java.util.Collection<DataCategory> categories) {
        return categories.stream().map(DataCategory::code).sorted().toList();
    }
}
