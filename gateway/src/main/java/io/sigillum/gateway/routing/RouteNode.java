package io.sigillum.gateway.routing;

import io.helidon.config.Config;
import io.sigillum.gateway.Upstreams;
import io.sigillum.gateway.auth.AccessRule;
import io.sigillum.gateway.config.ConfigLists;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one route, {@code sigillum.gateway.routes.<name>}:
 * <pre>
 * upstream: issuance                  # a name under sigillum.gateway.upstream
 * paths: [/admin/issuance/offers, …]  # or one comma-separated value
 * strip-prefix: /admin/issuance       # optional: removed before forwarding (→ /offers)
 * roles: [issuer-admin]               # optional: a bearer token with one of them is needed;
 *                                     # without roles the route is open
 * upstream-timeout: PT35S             # optional: instead of sigillum.gateway.upstream-timeout
 * </pre>
 * Anything wrong stops the gateway at start-up, naming the route and the key.
 */
final class RouteNode {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private RouteNode() {
    }

    static Route read(Config node, Upstreams upstreams, Duration upstreamTimeout) {
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
        List<String> paths = ConfigLists.strings(node.get("paths"));
        if (paths.isEmpty() || paths.stream().anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalStateException("route " + name + " needs paths, each starting with /: " + paths);
        }
        String strip = node.get("strip-prefix").asString().map(String::strip).orElse("");
        if (!strip.isEmpty() && (!strip.startsWith("/") || strip.endsWith("/"))) {
            throw new IllegalStateException("route " + name + ": strip-prefix " + strip
                    + " must start with / and not end with one");
        }
        List<String> roles = ConfigLists.strings(node.get("roles"));
        if (node.get("roles").exists() && roles.isEmpty()) {
            // An empty list would read as "open": say so rather than open an admin route by accident.
            throw new IllegalStateException("route " + name + ": roles is empty; leave it out for an open route");
        }
        String base = url.toString();
        try {
            return new Route(name, upstream, base.endsWith("/") ? base.substring(0, base.length() - 1) : base, paths,
                    strip, roles.isEmpty() ? AccessRule.OPEN : AccessRule.bearer(roles),
                    node.get("upstream-timeout").as(Duration.class).orElse(upstreamTimeout));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
