package io.sigillum.gateway;

import io.helidon.config.Config;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.WebServer;
import io.sigillum.gateway.health.LivenessHandler;
import io.sigillum.gateway.health.ReadinessHandler;
import io.sigillum.gateway.metrics.MetricsHandler;
import io.sigillum.gateway.status.StatusListService;

import java.util.Optional;
import java.util.function.LongSupplier;

/** The gateway's web server and its routes. */
public final class GatewayServer {

    private GatewayServer() {
    }

    /**
     * Starts the server configured under {@code server} (port, TLS) with the upstreams under
     * {@code sigillum.gateway}: health, {@code /metrics}, and the status-list edge cache at
     * {@code GET /status-lists/{listId}} (see {@link StatusListService}).
     *
     * @throws IllegalStateException if it is not listening afterwards (the port is taken)
     */
    public static WebServer start(Config config) {
        return start(config, System::nanoTime);
    }

    /** As {@link #start(Config)}, with the status-list cache on the given nanosecond clock (tests move it). */
    static WebServer start(Config config, LongSupplier clock) {
        Upstreams upstreams = Upstreams.from(config);
        WebClient client = UpstreamClient.create(config);
        ReadinessHandler readiness = new ReadinessHandler(upstreams, client);
        StatusListService statusLists = StatusListService.create(config, client,
                Optional.ofNullable(upstreams.byName().get("status")), clock);
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .routing(routing -> routing
                        .addFilter(new CorrelationFilter())
                        .get("/health/live", new LivenessHandler())
                        .get("/health/ready", readiness)
                        .get("/metrics", new MetricsHandler(statusLists))
                        .register(StatusListService.PATH, statusLists)
                        .get(StatusListService.AGGREGATION_PATH, statusLists.aggregation()))
                .build()
                .start();
        if (server.port() <= 0) {
            server.stop();
            throw new IllegalStateException("not listening: port " + config.get("server.port").asInt().orElse(0)
                    + " on " + config.get("server.host").asString().orElse("0.0.0.0") + " is in use");
        }
        return server;
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
