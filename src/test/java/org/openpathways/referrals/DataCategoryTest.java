package org.openpathways.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataCategoryTest {

    @Test
    void categoriesReadInTheirDeclaredOrderWhateverOrderTheyWereGivenIn() {
        Set<DataCategory> given = Set.of(DataCategory.NEEDS, DataCategory.IDENTITY, DataCategory.LANGUAGES);

        assertThat(DataCategory.inOrder(given))
                .containsExactly(DataCategory.IDENTITY, DataCategory.LANGUAGES, DataCategory.NEEDS);
        assertThat(new Consent(
                                java.util.UUID.randomUUID(),
                                java.util.UUID.randomUUID(),
                                java.util.UUID.randomUUID(),
                                "Shelter",
                                ConsentGiver.PERSON,
                                null,
                                given,
                                java.time.LocalDate.of(2027, 1, 1),
                                java.time.Instant.EPOCH,
                                null,
                                0)
                        .categories())
                .containsExactly(DataCategory.IDENTITY, DataCategory.LANGUAGES, DataCategory.NEEDS);
        assertThat(DataCategory.inOrder(List.of())).isEmpty();
        assertThatThrownBy(() -> DataCategory.inOrder(given).add(DataCategory.CONTACT))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
