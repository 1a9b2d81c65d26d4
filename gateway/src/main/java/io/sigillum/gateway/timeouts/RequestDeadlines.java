package io.sigillum.gateway.timeouts;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http1.Http1ConnectionListener;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Cuts off a client that takes too long to send its request: its header section (from the request
 * line on) within the header timeout, and a body within the body timeout after that. Helidon
 * tells it when a request line and when the headers have been read (it listens to each HTTP/1
 * connection); the routing says when it has read a body ({@link #bodyRead()}), and every request
 * ends its reading when its exchange ends ({@link #endOfRequest()}), whatever refused it; a
 * sweeper interrupts the connection's thread when one is late. Helidon reads each connection on
 * its own virtual thread, and interrupting a virtual thread blocked on a socket closes the socket:
 * the client sees the connection end. Helidon's own {@code read-timeout} is not applied to the
 * sockets it accepts, so nothing else stops a client that sends nothing at all mid-request.
 * <p>
 * A thread is interrupted only while the reading it was late in is still open: the sweeper and
 * the connection's thread race for each reading, and whichever closes it first decides. An
 * interrupt meant for one request can therefore never land in a later one on the same connection,
 * where it would break the call to the upstream.
 * <p>
 * A body's cut-off comes {@link #BODY_GRACE} after its deadline: a client that trickles its body
 * meets the routing's own check first, and a 408 (see {@code ForwardToUpstream}); one that has
 * gone silent is cut off here.
 */
public final class RequestDeadlines implements Http1ConnectionListener {

    static final Duration BODY_GRACE = Duration.ofSeconds(1);

    /** One sweeper for every gateway in the process; its thread never keeps the JVM alive. */
    private static final ScheduledExecutorService SWEEPER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sigillum-gateway-request-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final long headerNanos;
    private final long bodyNanos;
    private final LongSupplier nanoClock;
    /** Connections reading a request: their thread and what it is reading, by when. */
    private final Map<Thread, Reading> reading = new ConcurrentHashMap<>();
    /** This gateway's sweeps on the shared sweeper, cancelled when its server stops. */
    private volatile ScheduledFuture<?> sweeping;

    RequestDeadlines(ClientTimeouts timeouts, LongSupplier nanoClock) {
        this.headerNanos = timeouts.headers().toNanos();
        this.bodyNanos = timeouts.body().plus(BODY_GRACE).toNanos();
        this.nanoClock = nanoClock;
    }

    /** Deadlines swept a few times per header timeout, at most once a second and at least every 50 ms. */
    public static RequestDeadlines start(ClientTimeouts timeouts) {
        RequestDeadlines deadlines = new RequestDeadlines(timeouts, System::nanoTime);
        long period = Math.clamp(timeouts.headers().toMillis() / 4, 50, 1000);
        deadlines.sweeping = SWEEPER.scheduleAtFixedRate(deadlines::sweep, period, period, TimeUnit.MILLISECONDS);
        return deadlines;
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        begin(headerNanos);
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        if (hasBody(headers)) {
            begin(bodyNanos);
        } else {
            end();
        }
    }

    /**
     * Called on the connection's thread once the request's body has been read (or reading it has
     * failed): from then on the gateway waits on the upstream, not on the client.
     *
     * @return whether the body came in time; {@code false} when the sweeper had already cut the
     * connection off, so the caller answers as for a slow client rather than go on
     */
    public boolean bodyRead() {
        return end();
    }

    /**
     * A filter, first in the routing, that ends each request's reading when its exchange ends:
     * a request refused before its body was read (a 401, a 429) leaves nothing behind. When the
     * server stops, so do the sweeps.
     */
    public Filter endOfRequest() {
        return new Filter() {
            @Override
            public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
                try {
                    chain.proceed();
                } finally {
                    end();
                }
            }

            @Override
            public void afterStop() {
                stop();
            }
        };
    }

    /** Stops sweeping; for a gateway whose server has stopped. */
    void stop() {
        ScheduledFuture<?> current = sweeping;
        if (current != null) {
            current.cancel(false);
        }
    }

    /** Whether this gateway's deadlines are still swept. */
    boolean sweeping() {
        ScheduledFuture<?> current = sweeping;
        return current != null && !current.isDone();
    }

    private static boolean hasBody(Headers headers) {
        return headers.contains(HeaderNames.TRANSFER_ENCODING)
                || headers.first(HeaderNames.CONTENT_LENGTH).map(length -> !length.strip().equals("0")).orElse(false);
    }

    private void begin(long allowedNanos) {
        Reading previous = reading.put(Thread.currentThread(), new Reading(nanoClock.getAsLong() + allowedNanos));
        if (previous != null && !previous.close()) {
            // The sweeper cut the previous reading just as this one began: its interrupt was not
            // meant for this request.
            Thread.interrupted();
        }
    }

    /** Ends the current thread's reading; whether it ended in time (or there was none). */
    private boolean end() {
        Reading current = reading.remove(Thread.currentThread());
        return current == null || current.close();
    }

    /**
     * Interrupts the threads whose reading is late and still open. A cut reading stays until its
     * thread ends it (so {@link #bodyRead()} can tell it was cut) or has ended itself.
     */
    void sweep() {
        long now = nanoClock.getAsLong();
        reading.forEach((thread, late) -> {
            if (late.wasCut()) {
                if (!thread.isAlive()) {
                    reading.remove(thread, late);
                }
            } else if (now - late.deadline > 0) {
                late.cut(thread);
            }
        });
    }

    /** Requests being read now. */
    int reading() {
        return reading.size();
    }

    /** One request's header section or body being read, and who closed it: its thread or the sweeper. */
    private static final class Reading {

        private static final int OPEN = 0;
        private static final int CLOSED = 1;
        private static final int CUTTING = 2;
        private static final int CUT = 3;

        final long deadline;
        private final AtomicInteger state = new AtomicInteger(OPEN);

        Reading(long deadline) {
            this.deadline = deadline;
        }

        /** On the connection's thread: true if it closed the reading in time, false if it was cut. */
        boolean close() {
            if (state.compareAndSet(OPEN, CLOSED)) {
                return true;
            }
            while (state.get() == CUTTING) {
                Thread.onSpinWait(); // the interrupt is on its way; wait so it cannot come later
            }
            return state.get() != CUT;
        }

        /** On the sweeper: interrupts the thread if the reading was still open. */
        void cut(Thread thread) {
            if (state.compareAndSet(OPEN, CUTTING)) {
                thread.interrupt();
                state.set(CUT);
            }
        }

        boolean wasCut() {
            return state.get() == CUT;
        }
    }
}
