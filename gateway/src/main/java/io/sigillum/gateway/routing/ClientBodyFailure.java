package io.sigillum.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reading the client's body failed while it was being sent upstream: the client's fault (a
 * chunked body past the size limit, a client gone), not the upstream's. It travels through the
 * WebClient wrapped in this type so the gateway does not answer it as a 502.
 */
final class ClientBodyFailure extends RuntimeException {

    ClientBodyFailure(Exception cause) {
        super(cause);
    }

    /** The original failure, for Helidon to answer (its 413) or to drop the connection on. */
    RuntimeException original() {
        return getCause() instanceof RuntimeException runtime ? runtime
                : new UncheckedIOException((IOException) getCause());
    }

    /** Whether the client was too slow: its body was still coming at the deadline. */
    boolean tooSlow() {
        return getCause() instanceof SlowClientBody;
    }

    static ClientBodyFailure within(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClientBodyFailure found) {
                return found;
            }
        }
        return null;
    }
}
