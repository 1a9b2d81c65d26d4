package io.sigillum.gateway.status;

/** What one request to the status service for one form of one list came back with. */
sealed interface Fetched {

    /**
     * 200: the token's bytes. {@code upstreamAgeSeconds} is upstream's {@code Age}, 0 if none;
     * {@code staleIfErrorSeconds} its {@code stale-if-error} (RFC 5861), -1 if none.
     */
    record Token(byte[] body, String etag, long maxAgeSeconds, long staleIfErrorSeconds, long upstreamAgeSeconds)
            implements Fetched {
    }

    /** 304 to a conditional request: the bytes held are still current. */
    record NotModified(long maxAgeSeconds, long staleIfErrorSeconds, long upstreamAgeSeconds) implements Fetched {
    }

    /** 404: the status service knows no such list (or has not signed its first token yet). */
    record NotFound() implements Fetched {
    }

    /** No usable answer: refused, reset, an unexpected status, or no answer in time ({@code timedOut}). */
    record Failed(boolean timedOut, String reason) implements Fetched {
    }
}
