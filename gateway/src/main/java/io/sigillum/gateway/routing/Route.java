package io.sigillum.gateway.routing;

import io.helidon.webclient.api.ClientUri;
import io.helidon.webclient.api.HttpClientRequest;
import io.sigillum.gateway.auth.AccessRule;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One row of the route table: requests whose path is under one of {@code prefixes} go to
 * {@code upstream}, at the same path (less {@code stripPrefix}) and query, if {@code access} lets
 * them.
 *
 * @param name        the key under {@code sigillum.gateway.routes}, also the metrics' {@code route} label
 * @param upstream    the upstream's name, as under {@code sigillum.gateway.upstream}
 * @param base        the upstream's URL, without a trailing slash
 * @param prefixes    the raw paths this route serves (see {@link #covers(String, String)})
 * @param stripPrefix what the gateway's path has before the upstream's ({@code /admin/issuance}
 *                    for {@code /admin/issuance/offers} → {@code /offers}), or empty; every prefix
 *                    lies strictly below it
 * @param access      who may use the route
 * @param upstreamTimeout how long the upstream may take to answer (to its status line and headers)
 *                    and between the pieces of its body
 */
public record Route(String name, String upstream, String base, List<String> prefixes, String stripPrefix,
                    AccessRule access, Duration upstreamTimeout) {

    public Route {
        if (!upstreamTimeout.isPositive()) {
            throw new IllegalArgumentException("route " + name + ": upstream-timeout must be positive");
        }
        prefixes = List.copyOf(prefixes);
        for (String prefix : prefixes) {
            if (!stripPrefix.isEmpty() && !(prefix.startsWith(stripPrefix + "/") && prefix.length() > stripPrefix.length() + 1)) {
                throw new IllegalArgumentException("route " + name + ": path " + prefix + " is not below strip-prefix " + stripPrefix);
            }
        }
    }

    /**
     * Whether {@code rawPath} is {@code prefix} or below it. Matching stops at segment boundaries,
     * so {@code /token} covers {@code /token} and {@code /token/x} but not {@code /tokens}; a prefix
     * that ends with {@code /} covers only what is below it.
     */
    static boolean covers(String prefix, String rawPath) {
        return rawPath.startsWith(prefix) && (rawPath.length() == prefix.length() || prefix.endsWith("/")
                || rawPath.charAt(prefix.length()) == '/');
    }

    /**
     * Addresses {@code request} to this route's upstream: the base, then the path (less
     * {@link #stripPrefix()}) and query exactly as the client encoded them (a service may sign or
     * compare them, as DPoP's {@code htu} does).
     *
     * @throws IllegalArgumentException if they do not make a URI
     */
    void address(HttpClientRequest request, String rawPath, String rawQuery) {
        URI upstream = URI.create(base);
        // Helidon's client decodes a URI's path and query, then writes them decoded when told to
        // skip encoding, or encoded again its own way when not. Handing it the raw text as if it
        // were decoded, with encoding skipped, puts the client's bytes on the wire unchanged.
        request.skipUriEncoding(true).uri(ClientUri.create(upstream).skipUriEncoding(true)
                .path((upstream.getRawPath() == null ? "" : upstream.getRawPath()) + upstreamPath(rawPath)));
        if (rawQuery != null && !rawQuery.isEmpty()) {
            // One "parameter" split at the first '=' comes out as the raw query again; a query
            // without any '=' comes out with one appended ("flag" as "flag="), which means the same.
            int equals = rawQuery.indexOf('=');
            if (equals < 0) {
                request.queryParam(rawQuery);
            } else {
                request.queryParam(rawQuery.substring(0, equals), rawQuery.substring(equals + 1));
            }
        }
    }

    /** The path the upstream gets for {@code rawPath}, which this route covers. */
    String upstreamPath(String rawPath) {
        return rawPath.substring(stripPrefix.length());
    }
}
