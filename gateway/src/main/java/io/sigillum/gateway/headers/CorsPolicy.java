package io.sigillum.gateway.headers;

import io.helidon.config.Config;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.sigillum.gateway.config.ConfigLists;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web origins may call the wallet-facing routes from a browser (the Fetch standard's CORS
 * protocol), under {@code sigillum.gateway.cors}:
 * <pre>
 * allowed-origins: [https://wallet.example]     # none by default: no CORS at all
 * allowed-methods: [GET, POST]
 * allowed-headers: [Authorization, DPoP, Content-Type]       # what OID4VCI's calls send
 * exposed-headers: [DPoP-Nonce, WWW-Authenticate, RateLimit, RateLimit-Policy, Retry-After]
 * allow-credentials: false                      # cookies are not how wallets authenticate
 * max-age: PT10M                                # how long a browser may keep a preflight's answer
 * </pre>
 * An origin is a scheme, a host and an optional port, nothing more. {@code *} lets any origin in,
 * and is refused with {@code allow-credentials}: a wildcard that also sends the caller's cookies
 * would let any site act as the user. {@code null} (sandboxed documents, {@code file:}) is refused
 * outright, since any page can make itself one.
 */
public record CorsPolicy(Set<String> origins, boolean anyOrigin, Set<String> methods, Set<String> headers,
                         boolean credentials, Header allowMethods, Header allowHeaders, Header exposeHeaders,
                         Header maxAge) {

    static final List<String> DEFAULT_METHODS = List.of("GET", "POST");
    static final List<String> DEFAULT_HEADERS = List.of("Authorization", "DPoP", "Content-Type");
    static final List<String> DEFAULT_EXPOSED = List.of("DPoP-Nonce", "WWW-Authenticate", "RateLimit",
            "RateLimit-Policy", "Retry-After");
    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);

    public CorsPolicy {
        origins = Set.copyOf(origins);
        methods = Set.copyOf(methods);
        headers = Set.copyOf(headers);
    }

    /** @throws IllegalStateException when a setting is not acceptable, naming the key */
    public static CorsPolicy from(Config config) {
        Config cors = config.get("sigillum.gateway.cors");
        Set<String> origins = new LinkedHashSet<>();
        boolean any = false;
        for (String origin : ConfigLists.strings(cors.get("allowed-origins"))) {
            if (origin.equals("*")) {
                any = true;
            } else {
                origins.add(origin(origin));
            }
        }
        boolean credentials = cors.get("allow-credentials").asBoolean().orElse(false);
        if (any && credentials) {
            throw new IllegalStateException("sigillum.gateway.cors: allowed-origins * cannot go with allow-credentials");
        }
        List<String> methods = listOr(cors.get("allowed-methods"), DEFAULT_METHODS).stream()
                .map(m -> m.toUpperCase(Locale.ROOT)).toList();
        List<String> headers = listOr(cors.get("allowed-headers"), DEFAULT_HEADERS);
        List<String> exposed = listOr(cors.get("exposed-headers"), DEFAULT_EXPOSED);
        Duration maxAge = cors.get("max-age").as(Duration.class).orElse(DEFAULT_MAX_AGE);
        return new CorsPolicy(origins, any, Set.copyOf(methods),
                headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
                credentials,
                HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", methods)),
                HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers)),
                HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", exposed)),
                HeaderValues.createCached(HeaderNames.ACCESS_CONTROL_MAX_AGE, String.valueOf(Math.max(0, maxAge.toSeconds()))));
    }

    /** Whether any origin is let in: without, the gateway answers no CORS at all. */
    boolean enabled() {
        return anyOrigin || !origins.isEmpty();
    }

    /** What {@code Access-Control-Allow-Origin} says to a request from {@code origin}, or null if it is not let in. */
    String allowOrigin(String origin) {
        if (origins.contains(origin)) {
            return origin;
        }
        return anyOrigin && !origin.equals("null") ? "*" : null;
    }

    /**
     * An origin as browsers serialize it (RFC 6454 §6.2): lower-case scheme and host, the default
     * port left out, no path. Anything else in the configuration would never match, so it is refused.
     */
    static String origin(String configured) {
        URI uri;
        try {
            uri = new URI(configured);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("sigillum.gateway.cors.allowed-origins: " + configured + " is not an origin", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalStateException("sigillum.gateway.cors.allowed-origins: " + configured
                    + " is not an origin (scheme://host[:port], nothing after it)");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static List<String> listOr(Config node, List<String> fallback) {
        List<String> values = ConfigLists.strings(node);
        return values.isEmpty() ? fallback : values;
    }
}
