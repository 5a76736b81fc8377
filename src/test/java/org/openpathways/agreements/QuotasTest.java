package org.openpathways.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class QuotasTest {

    static final int THREADS = 8;
    static final int ATTEMPTS_PER_THREAD = 5;

    @Autowired
    Agreements agreements;

    @Autowired
    Quotas quotas;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void parallelApprovalsTakeExactlyTheLastPlacesAndNoMore() throws Exception {
        String quota = aQuotaOf(15);
        for (int i = 0; i < 5; i++) {
            allocate(quota, "earlier-" + i);
        }
        assertThat(quotas.remaining(quota)).isEqualTo(10);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Outcomes>> results = new ArrayList<>();
        try {
            for (int thread = 0; thread < THREADS; thread++) {
                int t = thread;
                results.add(pool.submit((Callable<Outcomes>) () -> {
                    start.await();
                    Outcomes outcomes = new Outcomes();
                    for (int attempt = 0; attempt < ATTEMPTS_PER_THREAD; attempt++) {
                        try {
                            allocate(quota, "parallel-" + t + "-" + attempt);
                            outcomes.allocated++;
                        } catch (ProblemException refused) {
                            assertThat(refused.type()).isEqualTo("agreements.quota-exhausted");
                            assertThat(refused.getStatusCode().value()).isEqualTo(409);
                            outcomes.exhausted++;
                        }
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            int allocated = 0;
            int exhausted = 0;
            for (Future<Outcomes> result : results) {
                Outcomes outcomes = result.get(2, TimeUnit.MINUTES);
                allocated += outcomes.allocated;
                exhausted += outcomes.exhausted;
            }
            assertThat(allocated).isEqualTo(10);
            assertThat(exhausted).isEqualTo(THREADS * ATTEMPTS_PER_THREAD - 10);
        } finally {
            pool.shutdownNow();
        }
        assertThat(used(quota)).isEqualTo(15);
        assertThat(allocationRows(quota)).isEqualTo(15);
        assertThat(quotas.remaining(quota)).isZero();
    }

    @Test
    void allocatingAgainForTheSameApplicationTakesNoPlace() {
        String quota = aQuotaOf(3);

        assertThat(allocate(quota, "A-1111-1111-1")).isEqualTo(Allocation.ALLOCATED);
        assertThat(allocate(quota, "A-1111-1111-1")).isEqualTo(Allocation.ALREADY_ALLOCATED);

        assertThat(used(quota)).isEqualTo(1);
        assertThat(allocationRows(quota)).isEqualTo(1);
        assertThat(quotas.remaining(quota)).isEqualTo(2);
    }

    @Test
    void takingTheLastPlaceAnnouncesTheQuotaExhaustedOnce() {
        String quota = aQuotaOf(2);

        allocate(quota, "first");
        assertThat(events.stream(QuotaExhausted.class)).isEmpty();
        allocate(quota, "last");
        allocate(quota, "last");

        assertThat(events.stream(QuotaExhausted.class)).singleElement().satisfies(event -> {
            assertThat(event.quotaCode()).isEqualTo(quota);
            assertThat(event.capacity()).isEqualTo(2);
        });
        assertThatThrownBy(() -> allocate(quota, "one-too-many"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        refused -> assertThat(refused.type()).isEqualTo("agreements.quota-exhausted"));
    }

    @Test
    void aReleasedPlaceCanBeTakenAgain() {
        String quota = aQuotaOf(1);
        allocate(quota, "withdrawn");

        assertThat(release(quota, "withdrawn")).isTrue();
        assertThat(release(quota, "withdrawn")).isFalse();
        assertThat(quotas.remaining(quota)).isEqualTo(1);

        assertThat(allocate(quota, "next")).isEqualTo(Allocation.ALLOCATED);
        assertThat(used(quota)).isEqualTo(1);
        assertThat(allocationRows(quota)).isEqualTo(1);
    }

    @Test
    void aRefusalLeavesTheCallersTransactionFreeToCommitItsOtherWork() {
        String quota = aQuotaOf(0);

        String outcome = transactions.execute(status -> {
            try {
                quotas.allocate(quota, "deferred");
                return "allocated";
            } catch (ProblemException exhausted) {
                return "deferred";
            }
        });

        assertThat(outcome).isEqualTo("deferred");
        assertThat(allocationRows(quota)).isZero();
    }

    @Test
    void allocatingOutsideTheCallersTransactionIsRefused() {
        String quota = aQuotaOf(5);

        assertThatThrownBy(() -> quotas.allocate(quota, "no-transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(used(quota)).isZero();
    }

    @Test
    void remainingPlacesAreOfferedAsEligibilityFactsForThePathwayAndDate() {
        String quota = aQuotaOf(7);
        allocate(quota, "one");

        assertThat(quotas.remainingFacts(AgreementFixtures.PATHWAY, AgreementFixtures.PERIOD_START))
                .containsEntry("quota." + quota + ".remaining", BigDecimal.valueOf(6));
        assertThat(quotas.remainingFacts(AgreementFixtures.PATHWAY, AgreementFixtures.PERIOD_END.plusDays(1)))
                .doesNotContainKey("quota." + quota + ".remaining");
        assertThat(quotas.quotasFor("study", AgreementFixtures.PERIOD_START))
                .extracting(QuotaUse::code)
                .doesNotContain(quota);
    }

    private String aQuotaOf(int capacity) {
        String quota = AgreementFixtures.aCode("quota");
        agreements.create(
                AgreementFixtures.anAgreementInForceWithAQuota(AgreementFixtures.aCode("agreement"), quota, capacity));
        return quota;
    }

    private Allocation allocate(String quota, String application) {
        return transactions.execute(status -> quotas.allocate(quota, application));
    }

    private boolean release(String quota, String application) {
        return Boolean.TRUE.equals(transactions.execute(status -> quotas.release(quota, application)));
    }

    private int used(String quota) {
        return jdbc.sql("select used from agreements_quota where code = ?")
                .param(quota)
                .query(Integer.class)
                .single();
    }

    private int allocationRows(String quota) {
        return jdbc.sql("select count(*) from agreements_quota_allocation where quota_code = ? and released_at is null")
                .param(quota)
                .query(Integer.class)
                .single();
    }

    private static final class Outcomes {
        int allocated;
        int exhausted;
    }
}
