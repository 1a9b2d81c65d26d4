package io.sigillum.gateway.timeouts;

import io.helidon.config.Config;

import java.time.Duration;

/**
 * How long a client may take to send a request.
 *
 * @param headers {@code sigillum.gateway.request-header-timeout}: from the request line to the end
 *                of the header section (default 10 s)
 * @param body    {@code sigillum.gateway.request-body-timeout}: from the end of the headers to the
 *                body's last byte (default 30 s)
 */
public record ClientTimeouts(Duration headers, Duration body) {

    static final Duration DEFAULT_HEADERS = Duration.ofSeconds(10);
    static final Duration DEFAULT_BODY = Duration.ofSeconds(30);

    public ClientTimeouts {
        if (!headers.isPositive() || !body.isPositive()) {
            throw new IllegalStateException("sigillum.gateway.request-header-timeout and request-body-timeout must be positive");
        }
    }

    public static ClientTimeouts from(Config config) {
        return new ClientTimeouts(
                config.get("sigillum.gateway.request-header-timeout").as(Duration.class).orElse(DEFAULT_HEADERS),
                config.get("sigillum.gateway.request-body-timeout").as(Duration.class).orElse(DEFAULT_BODY));
    }
}
