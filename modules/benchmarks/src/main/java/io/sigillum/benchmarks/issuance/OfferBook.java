package io.sigillum.benchmarks.issuance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The run's people and their offers: one person per wallet in the issuer's database authentic
 * source, and PID offers for them in turn, made one at a time on demand (the warm-up) or many
 * ahead of the timed load, when making them is the operator's work and not measured.
 */
final class OfferBook {

    /**
     * Offers made ahead.
     *
     * @param codes      their Pre-Authorized Codes, taken by the wallets
     * @param threads    how many threads made them
     * @param perSecond  how fast they were made
     */
    record Made(Queue<String> codes, int threads, double perSecond) {
    }

    private final IssuerAdmin admin;
    private final int people;
    private final AtomicLong next = new AtomicLong();

    OfferBook(IssuerAdmin admin, int people) {
        this.admin = admin;
        this.people = people;
    }

    /** Records the people. */
    void seedPeople() throws IOException, InterruptedException {
        for (int i = 0; i < people; i++) {
            admin.putPerson(subject(i), i);
        }
    }

    /** @return the code of an offer made now, to the next person in turn */
    String makeOne() throws IOException, InterruptedException {
        return admin.offer(subject(next.getAndIncrement() % people));
    }

    /** Makes {@code count} offers on {@code threads} threads. */
    Made makeAhead(int count, int threads) throws InterruptedException {
        Queue<String> codes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = count / threads + (t < count % threads ? 1 : 0);
                work.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        codes.add(makeOne());
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("making offers failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Made(codes, threads, codes.size() / ((System.nanoTime() - start) / 1e9));
    }

    private static String subject(long number) {
        return "bench-person-" + number;
    }
}
