package io.sigillum.gateway.status.events;

import java.time.Duration;

/** Pauses between reconnection attempts: doubling from {@code first}, never above {@code max}. */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration current;

    Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max: " + first + ", " + max);
        }
        this.first = first;
        this.max = max;
    }

    Duration next() {
        current = current == null ? first : current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
        return current;
    }

    void reset() {
        current = null;
    }
}
