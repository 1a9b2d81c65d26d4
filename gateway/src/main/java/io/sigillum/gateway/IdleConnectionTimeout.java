package io.sigillum.gateway;

import io.helidon.http.Method;
import io.helidon.webclient.api.ClientConnection;
import io.helidon.webclient.api.WebClientServiceRequest;
import io.helidon.webclient.api.WebClientServiceResponse;
import io.helidon.webclient.spi.WebClientService;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Gives a pooled upstream connection a long read timeout once its answer has been read, before
 * it goes back to the pool.
 *
 * <p>Helidon's client keeps a blocking read pending on every pooled connection, to notice when the
 * upstream closes it, and that read runs under the socket's timeout as the last request left it:
 * the upstream timeout, a few seconds. When that read times out just after the connection was
 * taken for the next request, the next request fails after it was sent, with no answer read
 * (Helidon 4.1 {@code IdleInputStream}: "Exception in socket monitor thread"): a request the
 * upstream may have acted on, answered 504 in milliseconds. With the idle timeout above the
 * upstreams' own keep-alive timeout (Helidon's default: 5 minutes, checked every 2), the upstream
 * always closes an idle connection first, and the pending read ends cleanly at its EOF. Each
 * request sets its own read timeout again when it takes the connection.
 *
 * <p>The pending read then no longer bounds the wait for the next answer: the forwarding bounds it
 * itself ({@code UpstreamDeadlines}), so an upstream that hangs, or a host that vanished without
 * closing its connections, costs a request no more than its route's upstream timeout. A
 * connection whose wait was cut off is never reused; Helidon leaves its socket to the pending read,
 * which ends when the upstream answers or closes it, or at the idle timeout.
 */
final class IdleConnectionTimeout implements WebClientService {

    private final Duration idle;

    IdleConnectionTimeout(Duration idle) {
        this.idle = idle;
    }

    @Override
    public WebClientServiceResponse handle(Chain chain, WebClientServiceRequest request) {
        WebClientServiceResponse response = chain.proceed(request);
        if (!(response.connection() instanceof ClientConnection connection)) {
            return response;
        }
        if (response.inputStream().isEmpty() || bodiless(request, response)) {
            idle(connection); // the answer is read whole
            return response;
        }
        return WebClientServiceResponse.builder().from(response)
                .inputStream(new IdleAtEnd(response.inputStream().get(), () -> idle(connection)))
                .build();
    }

    /** An answer that has no content whatever its header fields say (RFC 9112 §6.3). */
    private static boolean bodiless(WebClientServiceRequest request, WebClientServiceResponse response) {
        int status = response.status().code();
        return Method.HEAD.equals(request.method()) || status < 200 || status == 204 || status == 304;
    }

    private void idle(ClientConnection connection) {
        try {
            connection.readTimeout(idle);
        } catch (IllegalStateException | UncheckedIOException e) {
            // closed meanwhile: it will not be pooled
        }
    }

    /** An answer's entity that runs its action once, when the entity's end has been read. */
    private static final class IdleAtEnd extends FilterInputStream {

        private Runnable atEnd;

        IdleAtEnd(InputStream entity, Runnable atEnd) {
            super(entity);
            this.atEnd = atEnd;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(super.read(buffer, offset, length));
        }

        private int ended(int read) {
            if (read < 0 && atEnd != null) {
                Runnable action = atEnd;
                atEnd = null;
                action.run();
            }
            return read;
        }
    }
}
