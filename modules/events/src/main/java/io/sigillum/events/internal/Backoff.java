package io.sigillum.events.internal;

import java.time.Duration;
import java.util.Objects;

/** Pauses that double after each consecutive failure, from {@code first} up to {@code max}. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration current;

    public Backoff(Duration first, Duration max) {
        requireValid(first, max);
        this.first = first;
        this.max = max;
    }

    /**
     * Checks a pair of settings before any backoff is made of them.
     *
     * @throws IllegalArgumentException unless both are positive and {@code max} is at least {@code first}
     */
    public static void requireValid(Duration first, Duration max) {
        positive(first, "first");
        positive(max, "max");
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("max backoff " + max + " is shorter than the first, " + first);
        }
    }

    /** The pause after one more failure. */
    public Duration next() {
        current = current == null ? first : min(current.multipliedBy(2), max);
        return current;
    }

    /** Called after a success: the next failure pauses for {@code first} again. */
    public void reset() {
        current = null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " backoff must be positive: " + duration);
        }
    }
}
