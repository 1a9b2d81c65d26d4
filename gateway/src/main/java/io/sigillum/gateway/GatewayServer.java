package io.sigillum.gateway;

import io.helidon.config.Config;
import io.helidon.webclient.api.WebClient;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.gateway.access.AccessLog;
import io.sigillum.gateway.auth.AuthorizeRoute;
import io.sigillum.gateway.client.ClientAddresses;
import io.sigillum.gateway.headers.CorsFilter;
import io.sigillum.gateway.headers.CorsPolicy;
import io.sigillum.gateway.headers.SecurityHeaders;
import io.sigillum.gateway.headers.SecurityHeadersFilter;
import io.sigillum.gateway.health.LivenessHandler;
import io.sigillum.gateway.health.ReadinessHandler;
import io.sigillum.gateway.metrics.MetricsHandler;
import io.sigillum.gateway.refusals.RefusalsAsProblems;
import io.sigillum.gateway.refusals.RefuseBadRequests;
import io.sigillum.gateway.refusals.RequestLimits;
import io.sigillum.gateway.ratelimit.Partition;
import io.sigillum.gateway.ratelimit.RateLimits;
import io.sigillum.gateway.routing.Forwarding;
import io.sigillum.gateway.routing.Route;
import io.sigillum.gateway.routing.RouteMetrics;
import io.sigillum.gateway.routing.RouteTable;
import io.sigillum.gateway.routing.RoutingHandler;
import io.sigillum.gateway.status.StatusListService;
import io.sigillum.gateway.timeouts.ClientTimeouts;
import io.sigillum.gateway.timeouts.RequestDeadlines;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/** The gateway's web server and its routes. */
public final class GatewayServer {

    /** The gateway's own routes, by first path segment, as the access log names them. */
    private static final Set<String> OWN_ROUTES = Set.of("health", "metrics", "status-lists", "status-list-aggregation");

    private GatewayServer() {
    }

    /**
     * Starts the server configured under {@code server} (port, TLS) with the upstreams under
     * {@code sigillum.gateway}: health, {@code /metrics}, the status-list edge cache at
     * {@code GET /status-lists/{listId}} (see {@link StatusListService}), and every other path
     * forwarded by the route table (see {@link RouteTable}) once its access rule lets it (see
     * {@link AuthorizeRoute}) and its rate limit (see {@link RateLimits}), or answered 404.
     * Every request is logged (see {@link AccessLog}) and every answer has the security headers
     * (see {@link SecurityHeaders}), and CORS on the wallet-facing paths (see {@link CorsPolicy});
     * preflights are answered before anything else. Requests that must not reach any route are
     * refused first (see {@link RefuseBadRequests}), and clients that send their requests too slowly
     * are cut off (see {@link RequestDeadlines}).
     *
     * @throws IllegalStateException if it is not listening afterwards (the port is taken)
     */
    public static WebServer start(Config config) {
        return start(config, System::nanoTime);
    }

    /** As {@link #start(Config)}, with the status-list cache on the given nanosecond clock (tests move it). */
    static WebServer start(Config config, LongSupplier clock) {
        // The fast provider where it runs (ACCP): bearer tokens' signatures and TLS use it.
        CryptoProviders.install();
        Upstreams upstreams = Upstreams.from(config);
        RouteTable routes = RouteTable.from(config, upstreams);
        RequestLimits limits = RequestLimits.from(config);
        ClientTimeouts timeouts = ClientTimeouts.from(config);
        RequestDeadlines deadlines = RequestDeadlines.start(timeouts);
        WebClient client = UpstreamClient.create(config);
        ReadinessHandler readiness = new ReadinessHandler(upstreams, client);
        StatusListService statusLists = StatusListService.create(config, client,
                Optional.ofNullable(upstreams.byName().get("status")), clock);
        RouteMetrics routeMetrics = new RouteMetrics(routes);
        RateLimits rateLimits = RateLimits.from(config, partitions(routes), clock);
        AuthorizeRoute authorize = AuthorizeRoute.create(config, routes.anyProtected());
        RoutingHandler forwarding = new RoutingHandler(routes, authorize,
                rateLimits,
                new Forwarding(UpstreamClient.forForwarding(config),
                        config.get("sigillum.gateway.upstream-retry-after").as(Duration.class).orElse(Duration.ofSeconds(5)),
                        timeouts.body(), deadlines::bodyRead),
                routeMetrics, ClientAddresses.from(config));
        SecurityHeaders securityHeaders = SecurityHeaders.from(config);
        CorsPolicy cors = CorsPolicy.from(config);
        Config listener = config.get("server");
        RefusalsAsProblems refusals = new RefusalsAsProblems(limits);
        WebServer server = WebServer.builder()
                .config(listener)
                .maxPayloadSize(limits.maxBodyBytes())
                // Helidon's header parser stops above the gateway's own limit, so clients meet a 431, not a bare 400.
                .protocols(List.of(Http1Config.builder()
                        .config(listener.get("protocols.http_1_1"))
                        .maxHeadersSize(limits.parserHeaderBytes())
                        .addReceiveListener(deadlines)
                        .build()))
                .directHandlers(handlers -> {
                    for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
                        handlers.addHandler(type, refusals);
                    }
                })
                .routing(routing -> routing
                        .addFilter(deadlines.endOfRequest())
                        .addFilter(new CorrelationFilter())
                        .addFilter(new AccessLog(OWN_ROUTES))
                        .addFilter(new SecurityHeadersFilter(securityHeaders))
                        .addFilter(new CorsFilter(cors, path -> walletFacing(routes, path)))
                        .addFilter(new RefuseBadRequests(limits))
                        .get("/health/live", new LivenessHandler())
                        .get("/health/ready", readiness)
                        .get("/metrics", new MetricsHandler(statusLists, routeMetrics, rateLimits, authorize::prometheus))
                        .register(StatusListService.PATH, statusLists)
                        .get(StatusListService.AGGREGATION_PATH, statusLists.aggregation())
                        // Last, so the gateway's own routes above take precedence over the table.
                        .any(forwarding))
                .build()
                .start();
        if (server.port() <= 0) {
            server.stop();
            throw new IllegalStateException("not listening: port " + config.get("server.port").asInt().orElse(0)
                    + " on " + config.get("server.host").asString().orElse("0.0.0.0") + " is in use");
        }
        return server;
    }

    /** Each route's quota counts per address when it is open, per token subject when it is not. */
    private static Map<String, Partition> partitions(RouteTable routes) {
        Map<String, Partition> partitions = new LinkedHashMap<>();
        routes.routes().forEach(route -> partitions.put(route.name(),
                route.access().open() ? Partition.ADDRESS : Partition.SUBJECT));
        return partitions;
    }

    /**
     * Where wallets in a browser may call from another origin (CORS): the open routes of the table
     * and the public status lists; never the admin routes, health or metrics.
     */
    private static boolean walletFacing(RouteTable routes, String rawPath) {
        Route route = routes.match(rawPath);
        if (route != null) {
            return route.access().open();
        }
        return rawPath.startsWith("/status-lists/") || rawPath.equals(StatusListService.AGGREGATION_PATH);
    }

    /** One line for a failed start. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
