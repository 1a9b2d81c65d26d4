package io.sigillum.gateway.ratelimit;

import io.helidon.config.Config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a rate limit from configuration, a route's ({@code sigillum.gateway.routes.<name>.rate-limit})
 * over the gateway-wide default for its kind ({@code sigillum.gateway.rate-limit.open} or
 * {@code .protected}), key by key:
 * <pre>
 * capacity: 20              # the burst; 0 = unlimited
 * refill-per-second: 5      # the sustained rate (a decimal: 0.5 is one every two seconds), or
 * refill-period: PT1M       # the time an empty bucket takes to fill (ISO-8601); not both
 * </pre>
 * A capacity without a refill, a negative capacity or a refill of zero stops the gateway at
 * start-up, naming the key: a limit that is wrong should not show first as 429s.
 */
final class PolicyNode {

    private PolicyNode() {
    }

    /**
     * @param route    the route's {@code rate-limit} node (may be missing)
     * @param fallback the default's node for the route's kind (may be missing)
     * @return the route's policy, or empty when it is unlimited (capacity 0 or none configured)
     */
    static Optional<RateLimitPolicy> read(String routeName, Config route, Config fallback) {
        Config capacityNode = route.get("capacity").exists() ? route.get("capacity") : fallback.get("capacity");
        if (!capacityNode.exists()) {
            return Optional.empty();
        }
        long capacity;
        try {
            capacity = Long.parseLong(capacityNode.asString().get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(capacityNode.key() + " is not a whole number", e);
        }
        if (capacity < 0) {
            throw new IllegalStateException(capacityNode.key() + " is negative; 0 means unlimited");
        }
        if (capacity == 0) {
            return Optional.empty();
        }
        // The refill is taken whole from one level, so a route's refill-period never meets a
        // default's refill-per-second.
        Config refill = refillKeys(route) ? route : fallback;
        return Optional.of(new RateLimitPolicy(routeName, capacity, refillPeriod(refill, capacity, capacityNode)));
    }

    private static boolean refillKeys(Config node) {
        return node.get("refill-per-second").exists() || node.get("refill-period").exists();
    }

    private static Duration refillPeriod(Config node, long capacity, Config capacityNode) {
        Config perSecond = node.get("refill-per-second");
        Config period = node.get("refill-period");
        if (perSecond.exists() && period.exists()) {
            throw new IllegalStateException(perSecond.key() + " and " + period.key() + " are both set: set one");
        }
        if (period.exists()) {
            Duration duration;
            try {
                duration = Duration.parse(period.asString().get().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(period.key() + " is not an ISO-8601 duration", e);
            }
            if (!duration.isPositive()) {
                throw new IllegalStateException(period.key() + " must be positive");
            }
            return duration;
        }
        if (perSecond.exists()) {
            BigDecimal rate;
            try {
                rate = new BigDecimal(perSecond.asString().get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(perSecond.key() + " is not a number", e);
            }
            if (rate.signum() <= 0) {
                throw new IllegalStateException(perSecond.key() + " must be positive");
            }
            long nanos = BigDecimal.valueOf(capacity).multiply(BigDecimal.valueOf(1_000_000_000L))
                    .divide(rate, java.math.MathContext.DECIMAL64).longValue();
            if (nanos < capacity) {
                throw new IllegalStateException(perSecond.key() + " is above one request per nanosecond");
            }
            return Duration.ofNanos(nanos);
        }
        throw new IllegalStateException(capacityNode.key() + " is set but no refill-per-second or refill-period is");
    }
}
