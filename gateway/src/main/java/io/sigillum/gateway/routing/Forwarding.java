package io.sigillum.gateway.routing;

import io.helidon.webclient.api.WebClient;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How requests travel to their upstream.
 *
 * @param client            a client that follows no redirects (a 302 is the wallet's to follow)
 *                          and keeps no cookies (they belong to the wallet, not to the gateway)
 * @param retryAfter        what a 503 for an unreachable upstream advises
 * @param clientBodyTimeout how long a client may take to send its whole body
 *                          ({@code sigillum.gateway.request-body-timeout}): a client that trickles
 *                          it would otherwise hold an upstream connection as long as it likes
 * @param bodyRead          called on the connection's thread once the client's body has been
 *                          read, so the connection's deadline stops (see {@code RequestDeadlines});
 *                          false if the deadline had already cut the connection off
 */
public record Forwarding(WebClient client, Duration retryAfter, Duration clientBodyTimeout, BooleanSupplier bodyRead) {

    public Forwarding {
        if (!clientBodyTimeout.isPositive()) {
            throw new IllegalStateException("sigillum.gateway.request-body-timeout must be positive");
        }
    }
}
