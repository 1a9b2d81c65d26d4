package io.sigillum.gateway.routing;

import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.problem.Problems;
import io.sigillum.gateway.timeouts.UpstreamDeadlines;
import io.sigillum.observability.CorrelationId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a request to its route's upstream and the answer back: method, raw path and query
 * unchanged, the end-to-end headers (see {@link ProxiedHeaders}), and both bodies streamed
 * through a small buffer, never held whole, so a large body costs the gateway no more memory
 * than a small one.
 */
final class ForwardToUpstream {

    private static final int BUFFER = 16 * 1024;
    private static final Logger LOG = Logger.getLogger(ForwardToUpstream.class.getName());
    private static final Set<Method> IDEMPOTENT = Set.of(Method.GET, Method.HEAD, Method.OPTIONS, Method.PUT, Method.DELETE);

    private final WebClient client;
    private final Duration retryAfter;
    private final long bodyTimeoutNanos;
    private final BooleanSupplier bodyRead;

    ForwardToUpstream(Forwarding forwarding) {
        this.client = forwarding.client();
        this.retryAfter = forwarding.retryAfter();
        this.bodyTimeoutNanos = forwarding.clientBodyTimeout().toNanos();
        this.bodyRead = forwarding.bodyRead();
    }

    /** What happened, for the route's metrics. */
    record Exchange(int status, long upstreamNanos, UpstreamFailure failure) {
    }

    /**
     * Forwards the request and answers the client: the upstream's answer, or a problem when there
     * is none. A client whose body does not arrive within the body timeout is answered 408 and its
     * connection closed; any other failure reading the client's body is left to Helidon (its 413,
     * or the connection dropped); a failure after the upstream's status went back closes the
     * connection, so the client sees a cut-off answer, never a truncated one passed off as whole.
     */
    Exchange forward(Route route, ServerRequest request, ServerResponse response, InetAddress clientAddress) {
        Method method = request.prologue().method();
        HttpClientRequest upstream = upstreamRequest(route, request, clientAddress);
        if (upstream == null) {
            Problems.send(response, Status.BAD_REQUEST_400, "about:blank", "Bad Request", "The request target is not a valid URI.");
            return new Exchange(400, -1, null);
        }
        long start = System.nanoTime();
        boolean withEntity = request.content().hasEntity();
        AnswerWait wait = new AnswerWait(route.upstreamTimeout());
        HttpClientResponse answer;
        try {
            answer = withEntity
                    ? upstream.outputStream(out -> {
                        sendBody(request, out, start + bodyTimeoutNanos);
                        wait.begin();
                    })
                    : wait.begin(upstream).request();
            wait.end();
        } catch (RuntimeException e) {
            boolean late = wait.end();
            ClientBodyFailure clientSide = ClientBodyFailure.within(e);
            if (clientSide != null) {
                if (clientSide.tooSlow()) {
                    requestTimeout(response);
                }
                throw clientSide.original();
            }
            UpstreamFailure failure = late ? UpstreamFailure.TIMEOUT : UpstreamFailure.of(e);
            answer = failure == UpstreamFailure.BAD_GATEWAY && !withEntity && IDEMPOTENT.contains(method)
                    ? again(route, request, clientAddress, e)
                    : null;
            if (answer == null) {
                LOG.log(Level.WARNING, "route {0}: upstream failed ({1}): {2}", new Object[] {route.name(), failure, e.toString()});
                failure.answer(response, retryAfter);
                return new Exchange(failure.status().code(), -1, failure);
            }
        }
        long upstreamNanos = System.nanoTime() - start;
        try (HttpClientResponse received = answer) {
            int status = received.status().code();
            boolean withoutBody = Method.HEAD.equals(method) || status == 204 || status == 304;
            response.status(received.status());
            ProxiedHeaders.toClient(received.headers(), response, withoutBody);
            if (withoutBody) {
                response.send();
            } else {
                relayBody(received, response);
            }
            return new Exchange(status, upstreamNanos, null);
        }
    }

    /** The request to the upstream: method, raw path and query, the end-to-end headers; null for a target that is no URI. */
    private HttpClientRequest upstreamRequest(Route route, ServerRequest request, InetAddress clientAddress) {
        HttpClientRequest upstream = client.method(request.prologue().method()).followRedirects(false)
                .readTimeout(route.upstreamTimeout());
        try {
            route.address(upstream, request.prologue().uriPath().rawPath(), request.query().rawValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
        ProxiedHeaders.toUpstream(request.headers(), upstream.headers(), ForwardedHeader.of(request, clientAddress),
                CorrelationId.current().orElse(null));
        return upstream;
    }

    /**
     * Sends a bodiless request with an idempotent method (RFC 9110 §9.2.2) once more after its
     * upstream connection broke without an answer: most often a pooled connection the upstream
     * had just closed. Nothing of it reached the client yet, so the client never sees the first try.
     *
     * @return the answer, or null when the second try fails too
     */
    private HttpClientResponse again(Route route, ServerRequest request, InetAddress clientAddress, RuntimeException first) {
        LOG.log(Level.FINE, "route {0}: upstream connection broke ({1}); sending once more", new Object[] {route.name(), first});
        AnswerWait wait = new AnswerWait(route.upstreamTimeout());
        try {
            HttpClientResponse answer = wait.begin(upstreamRequest(route, request, clientAddress)).request();
            wait.end();
            return answer;
        } catch (RuntimeException e) {
            wait.end();
            return null;
        }
    }

    /**
     * The wait for one answer, within the route's upstream timeout, once the request has gone out
     * (a body is the client's to send, at the client's pace): see {@link UpstreamDeadlines}.
     */
    private static final class AnswerWait {

        private final Duration timeout;
        private UpstreamDeadlines.Waiting waiting;

        AnswerWait(Duration timeout) {
            this.timeout = timeout;
        }

        void begin() {
            waiting = UpstreamDeadlines.await(timeout);
        }

        HttpClientRequest begin(HttpClientRequest request) {
            begin();
            return request;
        }

        /** Whether the deadline passed first; false if the wait never began (the client's body failed). */
        boolean end() {
            UpstreamDeadlines.Waiting current = waiting;
            waiting = null;
            return current != null && current.end();
        }
    }

    /**
     * 408 (RFC 9110 §15.5.9), then the connection closes: the rest of the body may still be on
     * its way, and nothing after it on this connection could be read as a request.
     */
    private static void requestTimeout(ServerResponse response) {
        if (!response.isSent()) {
            response.header(HeaderValues.CONNECTION_CLOSE);
            Problems.send(response, Status.REQUEST_TIMEOUT_408, "urn:sigillum:problem:gateway:request-timeout",
                    "Request timeout", "The request body did not arrive in time.");
        }
        throw new CloseConnectionException("the client's body was too slow");
    }

    /**
     * Copies the body as it comes. The deadline is checked after every read, so a client trickling
     * its body meets it at its next byte; one that sends nothing more is cut off by the
     * connection's own deadline a moment later (see {@code RequestDeadlines}).
     */
    private void sendBody(ServerRequest request, OutputStream toUpstream, long deadline) throws IOException {
        try {
            copyBody(request, toUpstream, deadline);
        } catch (IOException | RuntimeException e) {
            bodyRead.getAsBoolean();
            throw e;
        }
        if (!bodyRead.getAsBoolean()) {
            Thread.interrupted(); // the deadline's interrupt: the client is answered 408, not cut off mid-answer
            throw new ClientBodyFailure(new SlowClientBody());
        }
        toUpstream.close();
    }

    private static void copyBody(ServerRequest request, OutputStream toUpstream, long deadline) throws IOException {
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
            if (System.nanoTime() - deadline > 0) {
                throw new ClientBodyFailure(new SlowClientBody());
            }
            toUpstream.write(buffer, 0, read);
            if (fromClient.available() == 0) {
                toUpstream.flush(); // what has come goes on now, not when a buffer fills
            }
        }
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
