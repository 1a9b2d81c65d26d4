package io.sigillum.issuance.oauth;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a table of short-lived rows (nonces, seen proofs) is next due for deleting its expired
 * rows: at most once per interval per replica, so the write path does not pay for it every time.
 */
public final class PurgeSchedule {

    private final long intervalNanos;
    private final AtomicLong next = new AtomicLong(System.nanoTime());

    /** @param interval the least time between two purges */
    public PurgeSchedule(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** @return true for exactly one caller once the interval has passed */
    public boolean due() {
        long now = System.nanoTime();
        long due = next.get();
        return now - due >= 0 && next.compareAndSet(due, now + intervalNanos);
    }
}
