package io.sigillum.gateway.ratelimit;

import io.github.bucket4j.Bucket;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The buckets of the clients seen lately, at most {@code maxKeys} of them, so that a flood of
 * source addresses costs a bounded amount of memory.
 * <ul>
 *   <li>A bucket unused for as long as it takes to fill is dropped: it would be full again, the
 *       same as a new one, so nothing is lost.</li>
 *   <li>Past {@code maxKeys}, the least recently used bucket is dropped even if not yet full. Its
 *       client then starts afresh; that errs towards letting requests through, and gives a flood
 *       nothing it did not already have, since every new address starts with a full bucket anyway.
 *       Such drops are counted ({@link #evictions()}).</li>
 * </ul>
 * One lock guards the map only while a bucket is found or made (a hash lookup and a link or two);
 * tokens are taken from the bucket outside it, by Bucket4j's lock-free bucket. Caffeine would do
 * this too, but is not on the gateway's class path and a bounded LRU needs no more than this.
 */
final class RecentBuckets {

    /** A bucket and when it was last used, on the same clock as the buckets. */
    private static final class Held {
        final Bucket bucket;
        final long idleNanos;
        long lastUsed;

        Held(Bucket bucket, long idleNanos) {
            this.bucket = bucket;
            this.idleNanos = idleNanos;
        }

        boolean idleAt(long now) {
            return now - lastUsed >= idleNanos;
        }
    }

    /** A route's bucket for one client. */
    record Key(String route, String client) {
    }

    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final LongAdder evictions = new LongAdder();
    /** In access order: the eldest entry is the one unused longest. */
    private final LinkedHashMap<Key, Held> buckets;

    RecentBuckets(int maxKeys, LongSupplier nanoClock) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("max-keys must be 1 or more");
        }
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
        this.buckets = new LinkedHashMap<>(Math.min(maxKeys, 1 << 16), 0.75f, true);
    }

    /**
     * The client's bucket for the route, made by {@code create} if there is none.
     *
     * @param idleNanos after how long unused the bucket is full again (its refill period)
     */
    Bucket get(Key key, long idleNanos, Supplier<Bucket> create) {
        lock.lock();
        try {
            long now = nanoClock.getAsLong();
            dropIdle(now);
            Held held = buckets.get(key);
            if (held == null) {
                held = new Held(create.get(), idleNanos);
                buckets.put(key, held);
                if (buckets.size() > maxKeys) {
                    Iterator<Held> eldest = buckets.values().iterator();
                    eldest.next();
                    eldest.remove();
                    evictions.increment();
                }
            }
            held.lastUsed = now;
            return held.bucket;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops idle buckets from the least recently used end. Each bucket is dropped once, so this
     * costs constant time per request on average; an idle bucket behind one of a longer period
     * waits its turn, still within {@code maxKeys}.
     */
    private void dropIdle(long now) {
        Iterator<Map.Entry<Key, Held>> eldest = buckets.entrySet().iterator();
        while (eldest.hasNext()) {
            if (!eldest.next().getValue().idleAt(now)) {
                return;
            }
            eldest.remove();
        }
    }

    /** How many buckets are held now. */
    int size() {
        lock.lock();
        try {
            return buckets.size();
        } finally {
            lock.unlock();
        }
    }

    /** Buckets dropped to stay within {@code maxKeys} before they were full again. */
    long evictions() {
        return evictions.sum();
    }
}
