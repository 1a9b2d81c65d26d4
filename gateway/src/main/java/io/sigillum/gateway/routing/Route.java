package io.sigillum.gateway.routing;

import io.helidon.webclient.api.ClientUri;
import io.helidon.webclient.api.HttpClientRequest;

import java.net.URI;
import java.util.List;

/**
 * One row of the route table: requests whose path is under one of {@code prefixes} go to
 * {@code upstream}, at the same path and query.
 *
 * @param name     the key under {@code sigillum.gateway.routes}, also the metrics' {@code route} label
 * @param upstream the upstream's name, as under {@code sigillum.gateway.upstream}
 * @param base     the upstream's URL, without a trailing slash
 * @param prefixes the raw paths this route serves (see {@link #covers(String, String)})
 */
public record Route(String name, String upstream, String base, List<String> prefixes) {

    public Route {
        prefixes = List.copyOf(prefixes);
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
     * Addresses {@code request} to this route's upstream: the base, then the path and query
     * exactly as the client encoded them (a service may sign or compare them, as DPoP's
     * {@code htu} does).
     *
     * @throws IllegalArgumentException if they do not make a URI
     */
    void address(HttpClientRequest request, String rawPath, String rawQuery) {
        URI upstream = URI.create(base);
        // Helidon's client decodes a URI's path and query, then writes them decoded when told to
        // skip encoding, or encoded again its own way when not. Handing it the raw text as if it
        // were decoded, with encoding skipped, puts the client's bytes on the wire unchanged.
        request.skipUriEncoding(true).uri(ClientUri.create(upstream).skipUriEncoding(true)
                .path((upstream.getRawPath() == null ? "" : upstream.getRawPath()) + rawPath));
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
}
