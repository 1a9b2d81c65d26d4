package io.sigillum.gateway.routing;

import io.helidon.config.Config;
import io.sigillum.gateway.Upstreams;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The routes under {@code sigillum.gateway.routes}, one node per route:
 * <pre>
 * sigillum.gateway.routes.&lt;name&gt;.upstream: issuance     # a name under sigillum.gateway.upstream
 * sigillum.gateway.routes.&lt;name&gt;.paths: [/token, …]       # or one comma-separated value
 * </pre>
 * The longest prefix covering a path wins. A route naming an upstream without a URL, a path not
 * starting with {@code /}, or a path claimed twice stops the gateway at start-up: a table that is
 * wrong would otherwise show only as 404s.
 */
public final class RouteTable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

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

    /** The table configured under {@code sigillum.gateway.routes}, to the upstreams' URLs. */
    public static RouteTable from(Config config, Upstreams upstreams) {
        List<Route> routes = new ArrayList<>();
        for (Config node : config.get("sigillum.gateway.routes").asNodeList().orElse(List.of())) {
            String name = node.name();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException("route name '" + name + "' is not [A-Za-z0-9_.-]{1,64}");
            }
            String upstream = node.get("upstream").asString()
                    .orElseThrow(() -> new IllegalStateException("route " + name + " names no upstream"));
            URI url = upstreams.byName().get(upstream);
            if (url == null) {
                throw new IllegalStateException("route " + name + " names upstream " + upstream
                        + ", which has no sigillum.gateway.upstream." + upstream + ".url");
            }
            List<String> paths = paths(node.get("paths"));
            if (paths.isEmpty() || paths.stream().anyMatch(p -> !p.startsWith("/"))) {
                throw new IllegalStateException("route " + name + " needs paths, each starting with /: " + paths);
            }
            String base = url.toString();
            routes.add(new Route(name, upstream, base.endsWith("/") ? base.substring(0, base.length() - 1) : base, paths));
        }
        return new RouteTable(routes);
    }

    private static List<String> paths(Config node) {
        if (node.isLeaf()) {
            // One value, as a system property or environment variable gives it.
            return Arrays.stream(node.asString().orElse("").split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
        return node.asList(String.class).orElse(List.of()).stream().map(String::strip).toList();
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

    /** In configuration order. */
    public List<Route> routes() {
        return routes;
    }
}
