package io.sigillum.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;

import java.time.Duration;

/**
 * One route's token bucket: {@code capacity} requests at once, refilled continuously so that an
 * empty bucket is full again after {@code refillPeriod} (the sustained rate is
 * {@code capacity / refillPeriod}).
 *
 * @param name         the policy's name in the {@code RateLimit} fields: the route's name
 * @param capacity     the burst, at least 1
 * @param refillPeriod how long an empty bucket takes to fill, positive
 */
record RateLimitPolicy(String name, long capacity, Duration refillPeriod) {

    RateLimitPolicy {
        if (capacity < 1 || !refillPeriod.isPositive()) {
            throw new IllegalArgumentException("a rate limit needs a capacity of 1 or more and a positive refill period");
        }
    }

    /** Bucket4j's greedy refill adds tokens as time passes, not in steps: no burst at a step's edge. */
    Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refillPeriod).build();
    }

    /**
     * The {@code w} of {@code RateLimit-Policy} (draft-11 §3.1.3: whole seconds, at least 1): the
     * refill period rounded up, so {@code q/w} never states more than the sustained rate.
     */
    long windowSeconds() {
        return Math.max(1, Seconds.ceil(refillPeriod.toNanos()));
    }

    /**
     * After this long unused a bucket is full again, the same as a new one: dropping it then loses
     * nothing, which is why it is the idle time after which buckets are forgotten.
     */
    long idleNanos() {
        return refillPeriod.toNanos();
    }
}
