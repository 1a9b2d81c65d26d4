package io.sigillum.gateway.auth;

import io.helidon.config.Config;

import java.time.Duration;

/**
 * How a JWKS at an {@code https://} {@code publickey.location} is fetched and kept fresh, under
 * {@code sigillum.gateway.jwt}:
 * <pre>
 * jwks-refresh: PT10M          # fetched again this often, changed or not
 * jwks-refetch-interval: PT30S # a token with an unknown kid fetches at once, but not sooner than this after the last fetch
 * jwks-max-size: 65536         # bytes; a larger answer is refused
 * jwks-timeout: PT5S           # to connect, for each read, and for the whole answer
 * jwks-allow-http: false       # development only: also accept an http:// location
 * </pre>
 *
 * @param refresh         the period of the scheduled refresh
 * @param refetchInterval the least time between fetches a token's unknown {@code kid} may cause,
 *                        so a flood of made-up key ids costs the identity provider one fetch
 * @param maxBytes        the largest JWKS accepted
 * @param timeout         the connect, read and whole-answer limit of one fetch
 * @param allowHttp       whether a plain {@code http://} location is allowed (never in production:
 *                        whoever is on the path could hand the gateway their keys)
 */
public record JwksFetching(Duration refresh, Duration refetchInterval, int maxBytes, Duration timeout, boolean allowHttp) {

    /** The defaults: refresh every ten minutes, on-demand at most every 30 s, 64 KiB, 5 s. */
    public static final JwksFetching DEFAULTS = new JwksFetching(Duration.ofMinutes(10), Duration.ofSeconds(30),
            64 * 1024, Duration.ofSeconds(5), false);

    public JwksFetching {
        requirePositive("jwks-refresh", refresh);
        requirePositive("jwks-refetch-interval", refetchInterval);
        requirePositive("jwks-timeout", timeout);
        if (refetchInterval.compareTo(refresh) > 0) {
            throw new IllegalStateException("sigillum.gateway.jwt.jwks-refetch-interval must not exceed jwks-refresh");
        }
        if (maxBytes < 1024) {
            throw new IllegalStateException("sigillum.gateway.jwt.jwks-max-size must be at least 1024 bytes");
        }
    }

    static JwksFetching from(Config jwt) {
        return new JwksFetching(
                jwt.get("jwks-refresh").as(Duration.class).orElse(DEFAULTS.refresh()),
                jwt.get("jwks-refetch-interval").as(Duration.class).orElse(DEFAULTS.refetchInterval()),
                jwt.get("jwks-max-size").asInt().orElse(DEFAULTS.maxBytes()),
                jwt.get("jwks-timeout").as(Duration.class).orElse(DEFAULTS.timeout()),
                jwt.get("jwks-allow-http").asBoolean().orElse(false));
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("sigillum.gateway.jwt." + key + " must be positive");
        }
    }
}
