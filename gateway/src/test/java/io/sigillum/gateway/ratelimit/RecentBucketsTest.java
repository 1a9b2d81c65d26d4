package io.sigillum.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class RecentBucketsTest {

    private final AtomicLong clock = new AtomicLong(42);
    private final RateLimitPolicy policy = new RateLimitPolicy("r", 5, Duration.ofSeconds(10));
    private final ClockMeter meter = new ClockMeter(clock::get);

    private Bucket bucket(RecentBuckets buckets, String client) {
        return buckets.get(new RecentBuckets.Key("r", client), policy.idleNanos(),
                () -> Bucket.builder().addLimit(policy.bandwidth()).withCustomTimePrecision(meter).build());
    }

    @Test
    void aMillionAddressesLeaveAtMostMaxKeysBuckets() {
        // Each address is new: a flood from a large block, or of spoofed-looking IPv6 /64s.
        RecentBuckets buckets = new RecentBuckets(1_000, clock::get);
        for (int i = 0; i < 1_000_000; i++) {
            bucket(buckets, "4:10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertEquals(1_000, buckets.size());
        assertEquals(999_000, buckets.evictions());
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        RecentBuckets buckets = new RecentBuckets(2, clock::get);
        Bucket a = bucket(buckets, "a");
        bucket(buckets, "b");
        assertSame(a, bucket(buckets, "a"), "a used again");
        bucket(buckets, "c"); // b goes
        assertSame(a, bucket(buckets, "a"));
        assertEquals(2, buckets.size());
        assertEquals(1, buckets.evictions());
    }

    @Test
    void aBucketIdleForItsRefillPeriodIsDroppedLosingNothing() {
        RecentBuckets buckets = new RecentBuckets(100, clock::get);
        Bucket a = bucket(buckets, "a");
        a.tryConsume(5);
        clock.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertSame(a, bucket(buckets, "a"), "not yet full: kept");
        assertEquals(4, a.getAvailableTokens(), "4.99… tokens");
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(5, a.getAvailableTokens(), "full again");
        Bucket again = bucket(buckets, "b");
        assertEquals(1, buckets.size(), "a was dropped");
        assertNotSame(a, bucket(buckets, "a"));
        assertEquals(0, buckets.evictions(), "an idle drop is no eviction");
        assertEquals(5, again.getAvailableTokens());
    }
}
