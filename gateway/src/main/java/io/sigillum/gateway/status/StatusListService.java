package io.sigillum.gateway.status;

import io.helidon.config.Config;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.sigillum.gateway.status.events.StatusPublishedSubscriber;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The status-list edge as one service of the gateway's routing: {@code GET /{listId}} under
 * {@code /status-lists} (and nothing else below that prefix), the cache behind it, and the
 * subscription to {@code status.published} that refreshes it. Stopping the server stops both.
 * Requests with a query (historical resolution) pass to the status service uncached.
 *
 * <p>Configuration:
 * <ul>
 *   <li>{@code sigillum.gateway.upstream.status.url}: the status service (no URL: every miss is a 502);</li>
 *   <li>{@code sigillum.gateway.status.stale-if-error} (default {@code PT1H}): how long past its
 *       max-age a held token is still served while revalidation fails;</li>
 *   <li>{@code sigillum.gateway.status.absent-ttl} (default {@code PT1S}): how long an upstream 404 is remembered;</li>
 *   <li>{@code sigillum.broker.*}: see {@link StatusPublishedSubscriber}.</li>
 * </ul>
 */
public final class StatusListService implements HttpService {

    /** Where the route is registered. */
    public static final String PATH = "/status-lists";
    /** Where the Status List Aggregation (draft §9.3) is passed to the status service. */
    public static final String AGGREGATION_PATH = ForwardUncached.AGGREGATION_PATH;

    private final StatusListCache cache;
    private final StatusListHandler handler;
    private final CacheCounters counters;
    private final StatusPublishedSubscriber subscriber;
    private final ForwardUncached uncached;

    private StatusListService(StatusListCache cache, ForwardUncached uncached, LongSupplier clock, CacheCounters counters,
                              StatusPublishedSubscriber subscriber) {
        this.cache = cache;
        this.uncached = uncached;
        this.handler = new StatusListHandler(cache, uncached, clock);
        this.counters = counters;
        this.subscriber = subscriber;
    }

    /** The edge for the gateway's configuration, on the system's clock. */
    public static StatusListService create(Config config, WebClient client, Optional<URI> statusService) {
        return create(config, client, statusService, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()}; tests pass their own */
    public static StatusListService create(Config config, WebClient client, Optional<URI> statusService, LongSupplier clock) {
        FetchStatusList upstream = statusService
                .<FetchStatusList>map(uri -> new FetchStatusListWithWebClient(client, uri))
                .orElse((listId, form, etag) -> new Fetched.Failed(false, "no status service configured"));
        Config status = config.get("sigillum.gateway.status");
        CacheCounters counters = new CacheCounters();
        StatusListCache cache = new StatusListCache(upstream, clock,
                status.get("stale-if-error").as(Duration.class).orElse(Duration.ofHours(1)),
                status.get("absent-ttl").as(Duration.class).orElse(Duration.ofSeconds(1)),
                counters);
        StatusPublishedSubscriber subscriber = StatusPublishedSubscriber.fromConfig(config, listId -> {
            counters.event();
            cache.refresh(listId);
        }, cache::refreshAll);
        ForwardUncached uncached = statusService.map(uri -> new ForwardUncached(client, uri)).orElse(null);
        return new StatusListService(cache, uncached, clock, counters, subscriber);
    }

    /** {@code GET /status-list-aggregation}: passed to the status service, uncached; 502 without one. */
    public Handler aggregation() {
        return (request, response) -> {
            if (uncached == null) {
                StatusProblems.badGateway(response);
            } else {
                uncached.forwardAggregation(request, response);
            }
        };
    }

    /** What the cache did so far. */
    public CacheCounters counters() {
        return counters;
    }

    /** Whether the subscription to {@code status.published} is connected now. */
    public boolean subscribed() {
        return subscriber.connected();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{listId}", handler);
    }

    @Override
    public void beforeStart() {
        subscriber.start();
    }

    @Override
    public void afterStop() {
        subscriber.close();
        cache.close();
    }
}
