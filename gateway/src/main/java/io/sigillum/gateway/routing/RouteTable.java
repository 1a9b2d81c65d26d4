package io.sigillum.gateway.routing;

import io.helidon.config.Config;
import io.sigillum.gateway.Upstreams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes under {@code sigillum.gateway.routes}, one node per route (see {@link RouteNode}:
 * upstream, paths, and optionally strip-prefix and roles). The longest prefix covering a path
 * wins. A route naming an upstream without a URL, a path not starting with {@code /}, or a path
 * claimed twice stops the gateway at start-up: a table that is wrong would otherwise show only
 * as 404s.
 */
public final class RouteTable {

    private record Entry(String prefix, Route route) {
    }

    private final List<Route> routes;
    private final List<Entry> longestFirst;

    RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> claimed = new HashMap<>();
        for (Route route : routes) {
            for (String prefix : route.prefixes()) {
                String other = claimed.put(prefix, route.name());
                if (other != null) {
                    throw new IllegalStateException("routes " + other + " and " + route.name() + " both claim " + prefix);
                }
                entries.add(new Entry(prefix, route));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed());
        this.longestFirst = List.copyOf(entries);
    }

    /**
     * The table configured under {@code sigillum.gateway.routes} (see {@link RouteNode}), to the
     * upstreams' URLs; routes that set no timeout of their own take {@code sigillum.gateway.upstream-timeout}.
     */
    public static RouteTable from(Config config, Upstreams upstreams) {
        Duration upstreamTimeout = upstreamTimeout(config);
        List<Route> routes = new ArrayList<>();
        for (Config node : config.get("sigillum.gateway.routes").asNodeList().orElse(List.of())) {
            routes.add(RouteNode.read(node, upstreams, upstreamTimeout));
        }
        return new RouteTable(routes);
    }

    /** {@code sigillum.gateway.upstream-timeout}, 10 seconds unless set. */
    public static Duration upstreamTimeout(Config config) {
        return config.get("sigillum.gateway.upstream-timeout").as(Duration.class).orElse(Duration.ofSeconds(10));
    }

    /** The route covering {@code rawPath} (still percent-encoded, as the client sent it), or null. */
    public Route match(String rawPath) {
        for (Entry entry : longestFirst) {
            if (Route.covers(entry.prefix(), rawPath)) {
                return entry.route();
            }
        }
        return null;
    }

    /** Whether some route needs a bearer token. */
    public boolean anyProtected() {
        return routes.stream().anyMatch(route -> !route.access().open());
    }

    /** In configuration order. */
    public List<Route> routes() {
        return routes;
    }
}
