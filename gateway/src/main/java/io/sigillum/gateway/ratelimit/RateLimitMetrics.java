package io.sigillum.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Refusals per route, and how many buckets are held and were dropped early, in the Prometheus
 * text format. Every limited route's series exists from the first scrape, at zero.
 */
final class RateLimitMetrics {

    private final Map<String, LongAdder> refused = new LinkedHashMap<>();

    RateLimitMetrics(Iterable<String> limitedRoutes) {
        limitedRoutes.forEach(route -> refused.put(route, new LongAdder()));
    }

    void refused(String route) {
        refused.get(route).increment();
    }

    long refusals(String route) {
        LongAdder count = refused.get(route);
        return count == null ? 0 : count.sum();
    }

    String prometheus(RecentBuckets buckets) {
        StringBuilder out = new StringBuilder(512 + refused.size() * 96);
        out.append("# HELP sigillum_gateway_rate_limited_total Requests refused 429 because their route's quota was used up.\n")
                .append("# TYPE sigillum_gateway_rate_limited_total counter\n");
        refused.forEach((route, count) -> out.append("sigillum_gateway_rate_limited_total{route=\"").append(route)
                .append("\"} ").append(count.sum()).append('\n'));
        out.append("# HELP sigillum_gateway_rate_limit_buckets Token buckets held (one per route and client seen lately).\n")
                .append("# TYPE sigillum_gateway_rate_limit_buckets gauge\n")
                .append("sigillum_gateway_rate_limit_buckets ").append(buckets.size()).append('\n')
                .append("# HELP sigillum_gateway_rate_limit_evictions_total Buckets dropped before they were full again, "
                        + "to stay within sigillum.gateway.rate-limit.max-keys.\n")
                .append("# TYPE sigillum_gateway_rate_limit_evictions_total counter\n")
                .append("sigillum_gateway_rate_limit_evictions_total ").append(buckets.evictions()).append('\n');
        return out.toString();
    }
}
