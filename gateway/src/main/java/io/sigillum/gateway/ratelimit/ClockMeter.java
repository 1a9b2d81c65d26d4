package io.sigillum.gateway.ratelimit;

import io.github.bucket4j.TimeMeter;

import java.util.function.LongSupplier;

/**
 * Bucket4j's time source over the gateway's nanosecond clock ({@code System::nanoTime} in
 * production), so that tests move time instead of sleeping and the buckets and their idle expiry
 * agree on what time it is.
 */
final class ClockMeter implements TimeMeter {

    private final LongSupplier nanos;

    ClockMeter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    @Override
    public long currentTimeNanos() {
        return nanos.getAsLong();
    }

    @Override
    public boolean isWallClockBased() {
        return false; // monotonic: a clock set back does not refill or drain anyone
    }
}
