package io.sigillum.gateway.ratelimit;

/** Nanoseconds as the whole seconds of {@code Retry-After} and {@code t}: rounded up, never early. */
final class Seconds {

    private static final long NANOS = 1_000_000_000L;

    private Seconds() {
    }

    static long ceil(long nanos) {
        return nanos <= 0 ? 0 : (nanos - 1) / NANOS + 1;
    }
}
