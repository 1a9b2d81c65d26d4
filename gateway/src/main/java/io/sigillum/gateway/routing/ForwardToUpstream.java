package io.sigillum.gateway.routing;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.problem.Problems;
import io.sigillum.observability.CorrelationId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Sends a request to its route's upstream and the answer back: method, raw path and query
 * unchanged, the end-to-end headers (see {@link ProxiedHeaders}), and both bodies streamed
 * through a small buffer, never held whole, so a large body costs the gateway no more memory
 * than a small one.
 */
final class ForwardToUpstream {

    private static final int BUFFER = 16 * 1024;

    private final WebClient client;
    private final Duration retryAfter;

    /**
     * @param client     a client that follows no redirects (a 302 is the wallet's to follow) and
     *                   keeps no cookies (they belong to the wallet, not to the gateway)
     * @param retryAfter what a 503 for an unreachable upstream advises
     */
    ForwardToUpstream(WebClient client, Duration retryAfter) {
        this.client = client;
        this.retryAfter = retryAfter;
    }

    /** What happened, for the route's metrics. */
    record Exchange(int status, long upstreamNanos, UpstreamFailure failure) {
    }

    /**
     * Forwards the request and answers the client: the upstream's answer, or a problem when there
     * is none. A failure reading the client's body is left to Helidon (its 413, or the connection
     * dropped); a failure after the upstream's status went back closes the connection, so the
     * client sees a cut-off answer, never a truncated one passed off as whole.
     */
    Exchange forward(Route route, ServerRequest request, ServerResponse response) {
        Method method = request.prologue().method();
        HttpClientRequest upstream = client.method(method).followRedirects(false);
        try {
            route.address(upstream, request.prologue().uriPath().rawPath(), request.query().rawValue());
        } catch (IllegalArgumentException e) {
            Problems.send(response, Status.BAD_REQUEST_400, "about:blank", "Bad Request", "The request target is not a valid URI.");
            return new Exchange(400, -1, null);
        }
        ProxiedHeaders.toUpstream(request.headers(), upstream.headers(), ForwardedHeader.of(request),
                CorrelationId.current().orElse(null));

        long start = System.nanoTime();
        HttpClientResponse answer;
        try {
            answer = request.content().hasEntity()
                    ? upstream.outputStream(out -> sendBody(request, out))
                    : upstream.request();
        } catch (RuntimeException e) {
            ClientBodyFailure clientSide = ClientBodyFailure.within(e);
            if (clientSide != null) {
                throw clientSide.original();
            }
            UpstreamFailure failure = UpstreamFailure.of(e);
            failure.answer(response, retryAfter);
            return new Exchange(failure.status().code(), -1, failure);
        }
        long upstreamNanos = System.nanoTime() - start;
        try (answer) {
            int status = answer.status().code();
            boolean withoutBody = Method.HEAD.equals(method) || status == 204 || status == 304;
            response.status(answer.status());
            ProxiedHeaders.toClient(answer.headers(), response, withoutBody);
            if (withoutBody) {
                response.send();
            } else {
                relayBody(answer, response);
            }
            return new Exchange(status, upstreamNanos, null);
        }
    }

    private static void sendBody(ServerRequest request, OutputStream toUpstream) throws IOException {
        InputStream fromClient = request.content().inputStream();
        byte[] buffer = new byte[BUFFER];
        while (true) {
            int read;
            try {
                read = fromClient.read(buffer);
            } catch (IOException | RuntimeException e) {
                throw new ClientBodyFailure(e);
            }
            if (read < 0) {
                break;
            }
            toUpstream.write(buffer, 0, read);
            if (fromClient.available() == 0) {
                toUpstream.flush(); // what has come goes on now, not when a buffer fills
            }
        }
        toUpstream.close();
    }

    private static void relayBody(HttpClientResponse answer, ServerResponse response) {
        OutputStream toClient = response.outputStream();
        byte[] buffer = new byte[BUFFER];
        try (InputStream fromUpstream = answer.inputStream()) {
            while (true) {
                int read;
                try {
                    read = fromUpstream.read(buffer);
                } catch (IOException | RuntimeException e) {
                    // Not closing the client's stream: that would end a chunked body as if whole.
                    throw new CloseConnectionException("upstream broke off its answer", e);
                }
                if (read < 0) {
                    break;
                }
                toClient.write(buffer, 0, read);
                if (fromUpstream.available() == 0) {
                    toClient.flush();
                }
            }
            toClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the client went away: nothing to answer
        }
    }
}
