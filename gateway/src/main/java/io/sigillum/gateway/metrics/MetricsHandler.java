package io.sigillum.gateway.metrics;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.ratelimit.RateLimits;
import io.sigillum.gateway.routing.RouteMetrics;
import io.sigillum.gateway.status.StatusListService;

import java.util.function.Supplier;

/**
 * {@code GET /metrics}: each route's requests, answers and upstream latency, its rate-limit
 * refusals and the buckets held, the JWKS fetches and keys, the status-list
 * cache's counters and whether the {@code status.published} subscription is connected, in the
 * Prometheus text format. The gateway has no metrics registry
 * of its own (Helidon SE metrics would bring one); a handful of counters does not need one.
 */
public final class MetricsHandler implements Handler {

    private static final Header TEXT = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");

    private final StatusListService status;
    private final RouteMetrics routes;
    private final RateLimits rateLimits;
    private final Supplier<String> keyMetrics;

    /** @param keyMetrics the bearer-token keys' metrics (JWKS fetches), possibly empty */
    public MetricsHandler(StatusListService status, RouteMetrics routes, RateLimits rateLimits, Supplier<String> keyMetrics) {
        this.status = status;
        this.routes = routes;
        this.rateLimits = rateLimits;
        this.keyMetrics = keyMetrics;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        String text = routes.prometheus() + rateLimits.prometheus() + status.counters().prometheus() + keyMetrics.get()
                + "# HELP sigillum_gateway_status_events_connected Whether the status.published subscription is connected (1) or not (0).\n"
                + "# TYPE sigillum_gateway_status_events_connected gauge\n"
                + "sigillum_gateway_status_events_connected " + (status.subscribed() ? 1 : 0) + "\n";
        response.header(TEXT).send(text);
    }
}
