package io.sigillum.gateway.routing;

import io.helidon.http.ClientRequestHeaders;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.headers.SecurityHeaders;
import io.sigillum.observability.CorrelationId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which header fields cross the gateway, each way. End-to-end fields pass unchanged (among them
 * {@code Authorization}, {@code DPoP}, {@code Accept}, {@code Content-Type}, {@code If-None-Match};
 * back: {@code DPoP-Nonce}, {@code WWW-Authenticate}, {@code Cache-Control}, {@code Location}).
 * Hop-by-hop fields (RFC 9110 §7.6.1: {@code Connection} and the fields it names,
 * {@code Keep-Alive}, {@code Proxy-*}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding},
 * {@code Upgrade}) describe one connection and stop here, both ways.
 */
final class ProxiedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "te", "trailer",
            "transfer-encoding", "upgrade");

    private static final String CORRELATION = CorrelationId.HEADER.toLowerCase(Locale.ROOT);

    /**
     * Not passed on from a client: what the gateway states itself ({@code Forwarded}, the
     * correlation id), what clients could forge about themselves ({@code X-Forwarded-*},
     * {@code X-Real-IP}, Helidon's client-certificate header), the host the client addressed
     * (the upstream gets its own; the client's travels in {@code Forwarded}) and
     * {@code Expect} (the gateway answers {@code 100-continue} itself).
     */
    private static final Set<String> NOT_FROM_CLIENT = Set.of("host", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip", "x-helidon-cn", "expect", CORRELATION);

    private ProxiedHeaders() {
    }

    /** The client's end-to-end fields, then the gateway's {@code Forwarded} and correlation id. */
    static void toUpstream(Headers fromClient, ClientRequestHeaders toUpstream, String forwarded, String correlationId) {
        Set<String> connectionOptions = connectionOptions(fromClient);
        for (Header header : fromClient) {
            String name = header.headerName().lowerCase();
            if (!hopByHop(name, connectionOptions) && !NOT_FROM_CLIENT.contains(name)) {
                toUpstream.add(header);
            }
        }
        toUpstream.set(HeaderValues.create(HeaderNames.FORWARDED, forwarded));
        if (correlationId != null) {
            toUpstream.set(HeaderValues.create(CorrelationId.HEADER, correlationId));
        }
    }

    /**
     * Fields both the gateway and the upstream may state, each its own list members: the
     * upstream's are added to the gateway's, not put in their place. {@code Vary} keeps the
     * gateway's {@code Origin}; {@code RateLimit} and {@code RateLimit-Policy} are Structured Field
     * Lists (draft-ietf-httpapi-ratelimit-headers-11 §3, §4), and a service's own quota stands
     * next to the gateway's.
     */
    private static final Set<String> MERGED = Set.of("vary", "ratelimit", "ratelimit-policy");

    /**
     * The upstream's end-to-end fields. Its correlation id is the one the gateway already set. A
     * response without a body (to HEAD, 204, 304) keeps no {@code Content-Length}: the server
     * states its own. Fields the gateway set before forwarding (its security headers) give way to
     * the upstream's own, and the framing ones are withdrawn (see
     * {@link SecurityHeaders#OWN_ANSWERS_ONLY}), for the answer is the upstream's; CORS is the
     * gateway's alone, so an upstream's {@code Access-Control-*} fields stop here.
     */
    static void toClient(Headers fromUpstream, ServerResponse toClient, boolean withoutBody) {
        SecurityHeaders.OWN_ANSWERS_ONLY.forEach(toClient.headers()::remove);
        Set<String> connectionOptions = connectionOptions(fromUpstream);
        for (Header header : fromUpstream) {
            String name = header.headerName().lowerCase();
            if (hopByHop(name, connectionOptions) || name.equals(CORRELATION) || name.startsWith("access-control-")
                    || withoutBody && name.equals("content-length")) {
                continue;
            }
            if (MERGED.contains(name)) {
                merge(toClient, header);
            } else {
                toClient.header(header);
            }
        }
    }

    /** The gateway's values, then the upstream's, in one field (Helidon's add drops a cached field's values). */
    private static void merge(ServerResponse toClient, Header upstream) {
        List<String> values = new ArrayList<>(toClient.headers().all(upstream.headerName(), List::of));
        values.addAll(upstream.allValues());
        toClient.header(HeaderValues.create(upstream.headerName(), values));
    }

    private static boolean hopByHop(String name, Set<String> connectionOptions) {
        return HOP_BY_HOP.contains(name) || name.startsWith("proxy-") || connectionOptions.contains(name);
    }

    /** The field names listed in {@code Connection} (RFC 9110 §7.6.1), lower case. */
    private static Set<String> connectionOptions(Headers headers) {
        if (!headers.contains(HeaderNames.CONNECTION)) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String value : headers.all(HeaderNames.CONNECTION, List::of)) {
            for (String option : value.split(",")) {
                names.add(option.strip().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
