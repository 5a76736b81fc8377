package org.openpathways.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharingRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theProviderSeesTheNamedCategoriesTheConsentCoversOnly() {
        Consent consent = consent(Set.of(DataCategory.IDENTITY, DataCategory.NEEDS), TODAY, null);

        assertThat(SharingRule.shared(
                        ReferralStatus.ACCEPTED,
                        Set.of(DataCategory.IDENTITY, DataCategory.CONTACT),
                        Optional.of(consent),
                        TODAY))
                .containsExactly(DataCategory.IDENTITY);
    }

    @Test
    void aWithdrawnOrExpiredConsentSharesNothing() {
        Set<DataCategory> named = Set.of(DataCategory.IDENTITY);

        assertThat(SharingRule.shared(
                        ReferralStatus.SENT,
                        named,
                        Optional.of(consent(named, TODAY, Instant.parse("2026-11-29T10:00:00Z"))),
                        TODAY))
                .isEmpty();
        assertThat(SharingRule.shared(
                        ReferralStatus.SENT, named, Optional.of(consent(named, TODAY.minusDays(1), null)), TODAY))
                .isEmpty();
        assertThat(SharingRule.shared(ReferralStatus.SENT, named, Optional.of(consent(named, TODAY, null)), TODAY))
                .as("the last day of a consent still counts")
                .containsExactly(DataCategory.IDENTITY);
    }

    @Test
    void aDeclinedOrRevokedReferralSharesNothingEvenOnAnOverride() {
        Set<DataCategory> named = Set.of(DataCategory.IDENTITY);

        assertThat(SharingRule.shared(ReferralStatus.DECLINED, named, Optional.empty(), TODAY))
                .isEmpty();
        assertThat(SharingRule.shared(ReferralStatus.REVOKED, named, Optional.empty(), TODAY))
                .isEmpty();
        assertThat(SharingRule.shared(ReferralStatus.SENT, named, Optional.empty(), TODAY))
                .containsExactly(DataCategory.IDENTITY);
    }

    @Test
    void everyCategoryNamesTheFieldsOfSharedDataItFills() {
        Set<String> components = java.util.Arrays.stream(SharedData.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .collect(java.util.stream.Collectors.toSet());
        for (DataCategory category : DataCategory.values()) {
            assertThat(components).as(category.code()).containsAll(category.fields());
        }
    }

    private static Consent consent(Set<DataCategory> categories, LocalDate until, Instant withdrawn) {
        return new Consent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Provider",
                ConsentGiver.PERSON,
                null,
                categories,
                until,
                Instant.parse("2026-11-01T10:00:00Z"),
                withdrawn,
                0);
    }
}
