package io.sigillum.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.helidon.config.Config;
import io.helidon.http.Header;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The routes' rate limits: for each limited route, a token bucket per client, the client being
 * what the route's {@link Partition} says. A request takes one token or is refused 429 (see
 * {@link QuotaExceeded}); either way the answer carries the route's {@code RateLimit-Policy} and
 * {@code RateLimit} fields (see {@link RateLimitFields}). Configuration (see {@link PolicyNode}):
 * <pre>
 * sigillum.gateway.rate-limit:
 *   max-keys: 100000                             # buckets held at most, all routes together
 *   open:      {capacity: 100, refill-per-second: 10}   # default of open routes, per address
 *   protected: {capacity: 200, refill-per-second: 50}   # default of protected routes, per subject
 * sigillum.gateway.routes.&lt;name&gt;.rate-limit: {capacity: …, refill-per-second: … | refill-period: …}
 * </pre>
 */
public final class RateLimits {

    static final int DEFAULT_MAX_KEYS = 100_000;

    /** A limited route: its policy, its constant policy field, whom it counts for. */
    private record Limited(RateLimitPolicy policy, Header policyField, Partition partition) {
    }

    private final Map<String, Limited> routes;
    private final RecentBuckets buckets;
    private final ClockMeter meter;
    private final RateLimitMetrics metrics;

    RateLimits(Map<String, Limited> routes, int maxKeys, LongSupplier nanoClock) {
        this.routes = new HashMap<>(routes);
        this.buckets = new RecentBuckets(maxKeys, nanoClock);
        this.meter = new ClockMeter(nanoClock);
        this.metrics = new RateLimitMetrics(routes.keySet());
    }

    /**
     * @param routes    each route's name and whom it counts for, in configuration order
     * @param nanoClock the time the buckets refill by
     * @throws IllegalStateException when a limit is misconfigured (the key is named)
     */
    public static RateLimits from(Config config, Map<String, Partition> routes, LongSupplier nanoClock) {
        Config defaults = config.get("sigillum.gateway.rate-limit");
        Map<String, Limited> limited = new LinkedHashMap<>();
        routes.forEach((name, partition) -> PolicyNode.read(name,
                        config.get("sigillum.gateway.routes." + name + ".rate-limit"),
                        defaults.get(partition == Partition.ADDRESS ? "open" : "protected"))
                .ifPresent(policy -> limited.put(name, new Limited(policy, RateLimitFields.policy(policy), partition))));
        int maxKeys = defaults.get("max-keys").asInt().orElse(DEFAULT_MAX_KEYS);
        if (maxKeys < 1) {
            throw new IllegalStateException("sigillum.gateway.rate-limit.max-keys must be 1 or more");
        }
        return new RateLimits(limited, maxKeys, nanoClock);
    }

    /**
     * Takes a token for the request, or refuses it.
     *
     * @param route   the route's name
     * @param subject the validated token's {@code sub} on a protected route, else null (the
     *                address is used then, also for a token without {@code sub})
     * @param client  the client's address (see {@code ClientAddresses}), null when not known
     * @return null when the request may go on, its {@code RateLimit} fields set on the response;
     *         otherwise the status of the 429 already sent
     */
    public Status refusal(String route, String subject, InetAddress client, ServerResponse response) {
        Limited limited = routes.get(route);
        if (limited == null) {
            return null;
        }
        String key = limited.partition() == Partition.SUBJECT && subject != null
                ? ClientKey.subject(subject)
                : ClientKey.address(client);
        RateLimitPolicy policy = limited.policy();
        Bucket bucket = buckets.get(new RecentBuckets.Key(route, key), policy.idleNanos(),
                () -> Bucket.builder().addLimit(policy.bandwidth()).withCustomTimePrecision(meter).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            metrics.refused(route);
            return QuotaExceeded.send(response, policy, limited.policyField(),
                    Math.max(1, Seconds.ceil(probe.getNanosToWaitForRefill())));
        }
        long remaining = probe.getRemainingTokens();
        // How long the client can use no more than what is left: until the next token comes.
        long nextToken = bucket.estimateAbilityToConsume(remaining + 1).getNanosToWaitForRefill();
        response.header(limited.policyField())
                .header(RateLimitFields.limit(policy, remaining, Math.max(1, Seconds.ceil(nextToken))));
        return null;
    }

    /** The Prometheus text of the rate limits' metrics. */
    public String prometheus() {
        return metrics.prometheus(buckets);
    }

    /** Buckets held now. */
    int buckets() {
        return buckets.size();
    }
}
