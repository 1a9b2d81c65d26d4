package io.sigillum.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per route: requests, answers by status class (the gateway's own 502/503/504 included, plus
 * {@code aborted} when the exchange broke off), upstream failures by kind, and the time the
 * upstream took to answer (until its status and headers, the body still to stream) as a
 * Prometheus histogram. Also counts requests no route covers. Routes are fixed at start-up, so
 * every series exists from the first scrape, at zero.
 */
public final class RouteMetrics {

    /** Upper bounds in seconds, for the wallet-facing calls: most take milliseconds, signing more. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final String[] CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx", "aborted"};

    private static final class PerRoute {
        final LongAdder requests = new LongAdder();
        final LongAdder[] answers = adders(CLASSES.length);
        final LongAdder[] failures = adders(UpstreamFailure.values().length);
        final LongAdder[] buckets = adders(BUCKETS.length + 1); // each bucket alone; summed when scraped
        final LongAdder latencyNanos = new LongAdder();
    }

    private final Map<String, PerRoute> routes = new LinkedHashMap<>();
    private final LongAdder unrouted = new LongAdder();

    public RouteMetrics(RouteTable table) {
        table.routes().forEach(route -> routes.put(route.name(), new PerRoute()));
    }

    void unrouted() {
        unrouted.increment();
    }

    void requested(Route route) {
        routes.get(route.name()).requests.increment();
    }

    void answered(Route route, ForwardToUpstream.Exchange exchange) {
        PerRoute metrics = routes.get(route.name());
        int statusClass = exchange.status() / 100;
        metrics.answers[statusClass >= 1 && statusClass <= 5 ? statusClass - 1 : CLASSES.length - 1].increment();
        if (exchange.failure() != null) {
            metrics.failures[exchange.failure().ordinal()].increment();
        }
        if (exchange.upstreamNanos() >= 0) {
            double seconds = exchange.upstreamNanos() / 1e9;
            int bucket = 0;
            while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]) {
                bucket++;
            }
            metrics.buckets[bucket].increment();
            metrics.latencyNanos.add(exchange.upstreamNanos());
        }
    }

    void aborted(Route route) {
        routes.get(route.name()).answers[CLASSES.length - 1].increment();
    }

    /** The Prometheus text exposition of these metrics. */
    public String prometheus() {
        StringBuilder out = new StringBuilder(1024 + routes.size() * 1536);
        family(out, "sigillum_gateway_route_requests_total", "counter", "Requests matched to each route.");
        routes.forEach((name, m) -> sample(out, "sigillum_gateway_route_requests_total", name, "", m.requests.sum()));
        family(out, "sigillum_gateway_route_responses_total", "counter",
                "Answers on each route by status class; aborted: the exchange broke off.");
        routes.forEach((name, m) -> {
            for (int i = 0; i < CLASSES.length; i++) {
                sample(out, "sigillum_gateway_route_responses_total", name, ",class=\"" + CLASSES[i] + "\"", m.answers[i].sum());
            }
        });
        family(out, "sigillum_gateway_route_upstream_failures_total", "counter",
                "Requests the upstream gave no answer to: unavailable (503), timeout (504), bad_gateway (502).");
        routes.forEach((name, m) -> {
            for (UpstreamFailure failure : UpstreamFailure.values()) {
                sample(out, "sigillum_gateway_route_upstream_failures_total", name,
                        ",kind=\"" + failure.name().toLowerCase(Locale.ROOT) + "\"", m.failures[failure.ordinal()].sum());
            }
        });
        family(out, "sigillum_gateway_route_upstream_seconds", "histogram",
                "Time from forwarding a request to the upstream's status and headers.");
        routes.forEach((name, m) -> {
            long cumulative = 0;
            for (int i = 0; i <= BUCKETS.length; i++) {
                cumulative += m.buckets[i].sum();
                String le = i < BUCKETS.length ? String.valueOf(BUCKETS[i]) : "+Inf";
                sample(out, "sigillum_gateway_route_upstream_seconds_bucket", name, ",le=\"" + le + "\"", cumulative);
            }
            out.append("sigillum_gateway_route_upstream_seconds_sum{route=\"").append(name).append("\"} ")
                    .append(m.latencyNanos.sum() / 1e9).append('\n');
            sample(out, "sigillum_gateway_route_upstream_seconds_count", name, "", cumulative);
        });
        family(out, "sigillum_gateway_unrouted_total", "counter", "Requests no route covers (answered 404).");
        out.append("sigillum_gateway_unrouted_total ").append(unrouted.sum()).append('\n');
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Route names are [A-Za-z0-9_.-] (see {@link RouteTable}): nothing to escape in a label. */
    private static void sample(StringBuilder out, String metric, String route, String moreLabels, long value) {
        out.append(metric).append("{route=\"").append(route).append('"').append(moreLabels).append("} ").append(value).append('\n');
    }

    private static LongAdder[] adders(int count) {
        LongAdder[] adders = new LongAdder[count];
        for (int i = 0; i < count; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }
}
