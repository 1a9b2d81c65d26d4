package io.sigillum.gateway.routing;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.problem.Problems;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Why an upstream gave no answer, and what the gateway tells the client instead. The problem
 * says which kind of failure it was, in fixed words: never the upstream's host, port or
 * the exception, which would map the inside of the deployment for anyone who asks.
 */
enum UpstreamFailure {

    /** Nothing listens there (refused, no route, no such host): the service is down or restarting. */
    UNAVAILABLE(Status.SERVICE_UNAVAILABLE_503, "upstream-unavailable", "Upstream unavailable",
            "The service behind this route is not reachable. Try again later."),
    /** No answer within the route's upstream timeout ({@code sigillum.gateway.upstream-timeout} unless it sets one). */
    TIMEOUT(Status.GATEWAY_TIMEOUT_504, "upstream-timeout", "Upstream timeout",
            "The service behind this route did not answer in time."),
    /** Anything else: the connection broke, TLS failed, the answer was not HTTP. */
    BAD_GATEWAY(Status.BAD_GATEWAY_502, "bad-gateway", "Bad gateway",
            "The service behind this route did not give a usable answer.");

    private final Status status;
    private final String type;
    private final String title;
    private final String detail;

    UpstreamFailure(Status status, String type, String title, String detail) {
        this.status = status;
        this.type = "urn:sigillum:problem:gateway:" + type;
        this.title = title;
        this.detail = detail;
    }

    static UpstreamFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExecutionException) {
                // Helidon's watch over an idle pooled connection failed (reset, or idle past
                // sigillum.gateway.upstream-idle-timeout): a broken connection, whatever the cause says.
                return BAD_GATEWAY;
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return TIMEOUT; // on connect as on read; an interrupt is no timeout of the upstream's
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                return UNAVAILABLE;
            }
        }
        return BAD_GATEWAY;
    }

    Status status() {
        return status;
    }

    /**
     * Answers the client. An unavailable upstream is usually a restart, so the 503 carries
     * {@code Retry-After} ({@code sigillum.gateway.upstream-retry-after}), as RFC 9110 §10.2.3 invites.
     */
    void answer(ServerResponse response, Duration retryAfter) {
        if (this == UNAVAILABLE) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        }
        Problems.send(response, status, type, title, detail);
    }
}
