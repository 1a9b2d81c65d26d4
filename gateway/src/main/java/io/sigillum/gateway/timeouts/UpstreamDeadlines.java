package io.sigillum.gateway.timeouts;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the wait for an upstream's answer, from the moment the request has gone out to the end
 * of the answer's header section.
 * <p>
 * The socket's read timeout does not bound it on a pooled connection: Helidon's client reads the
 * first byte of the answer on the thread that watched the idle connection, under the timeout the
 * connection had while idle (see {@code IdleConnectionTimeout}, which makes that long). So a
 * deadline interrupts the waiting thread instead: a virtual thread waiting on that read, or
 * blocked on a socket itself, wakes at once, and the call fails.
 * <p>
 * The thread and the timer race once per wait: an interrupt lands only while the wait it was
 * meant for is open, and the thread clears it when it ends the wait, so no later call on the
 * thread meets it.
 */
public final class UpstreamDeadlines {

    /** One timer for every gateway in the process; its thread never keeps the JVM alive. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private UpstreamDeadlines() {
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "sigillum-gateway-upstream-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true); // nearly every wait ends in time: keep the queue to the open ones
        return timer;
    }

    /** Starts waiting, on the current thread, for an answer due within {@code timeout}. */
    public static Waiting await(Duration timeout) {
        Waiting waiting = new Waiting(Thread.currentThread());
        waiting.expiry = TIMER.schedule(waiting::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return waiting;
    }

    /** One wait for an answer, ended by its thread ({@link #end()}) or by its deadline. */
    public static final class Waiting {

        private static final int OPEN = 0;
        private static final int ENDED = 1;
        private static final int EXPIRING = 2;
        private static final int EXPIRED = 3;

        private final Thread thread;
        private final AtomicInteger state = new AtomicInteger(OPEN);
        private volatile ScheduledFuture<?> expiry;

        private Waiting(Thread thread) {
            this.thread = thread;
        }

        /**
         * On the waiting thread, once the answer's head has come or the call has failed.
         *
         * @return whether the deadline passed first (its interrupt is cleared)
         */
        public boolean end() {
            if (state.compareAndSet(OPEN, ENDED)) {
                ScheduledFuture<?> timer = expiry;
                if (timer != null) {
                    timer.cancel(false);
                }
                return false;
            }
            while (state.get() == EXPIRING) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            return true;
        }

        private void expire() {
            if (state.compareAndSet(OPEN, EXPIRING)) {
                thread.interrupt();
                state.set(EXPIRED);
            }
        }
    }
}
