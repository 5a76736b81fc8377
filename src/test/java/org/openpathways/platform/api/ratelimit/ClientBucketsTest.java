package org.openpathways.platform.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void aClientMaySendItsCapacityAtOnceThenWaitsForTheRefill() {
        ClientBuckets buckets = new ClientBuckets(100, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("203.0.113.1", 3, MINUTE)).isZero();
        }
        assertThat(buckets.take("203.0.113.1", 3, MINUTE)).isEqualTo(MINUTE / 3);
        assertThat(buckets.take("203.0.113.2", 3, MINUTE)).as("another client").isZero();
        now.addAndGet(MINUTE / 3);
        assertThat(buckets.take("203.0.113.1", 3, MINUTE)).isZero();
        assertThat(buckets.take("203.0.113.1", 3, MINUTE)).isPositive();
    }

    @Test
    void memoryStaysBoundedAndIdleClientsAreForgottenFirst() {
        ClientBuckets buckets = new ClientBuckets(3, now::get);
        buckets.take("busy", 1, MINUTE);
        buckets.take("idle-1", 1000, MINUTE);
        buckets.take("idle-2", 1000, MINUTE);
        now.addAndGet(MINUTE);
        buckets.take("busy", 1, MINUTE);
        for (int i = 0; i < 1000; i++) {
            buckets.take("client-" + i, 1, MINUTE);
            assertThat(buckets.size()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aFullClientIsStillLimitedWhileOnlyIdleOnesAreForgotten() {
        ClientBuckets buckets = new ClientBuckets(2, now::get);
        buckets.take("attacker", 1, MINUTE);
        buckets.take("idle", 5, MINUTE);
        now.addAndGet(MINUTE);
        buckets.take("idle", 5, MINUTE);
        now.addAndGet(MINUTE);
        buckets.take("attacker", 1, MINUTE);
        buckets.take("newcomer", 1, MINUTE);
        assertThat(buckets.take("attacker", 1, MINUTE))
                .as("the drained bucket was kept")
                .isPositive();
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        assertThat(RequestRateLimiter.client("2001:db8:0:1:aaaa::1")).isEqualTo("2001:db8:0:1::/64");
        assertThat(RequestRateLimiter.client("2001:db8::1:2")).isEqualTo("2001:db8:0:0::/64");
        assertThat(RequestRateLimiter.client("[2001:db8:0:1::9]")).isEqualTo("2001:db8:0:1::/64");
        assertThat(RequestRateLimiter.client("::ffff:192.0.2.1")).isEqualTo("0:0:0:0::/64");
        assertThat(RequestRateLimiter.client("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(RequestRateLimiter.client("not:an:address")).isEqualTo("not:an:address");
    }
}
