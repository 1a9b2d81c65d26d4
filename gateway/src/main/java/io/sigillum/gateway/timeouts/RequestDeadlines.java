package io.sigillum.gateway.timeouts;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Cuts off a client that takes too long to send its request: its header section (from the request
 * line on) within the header timeout, and a body within the body timeout after that. Helidon
 * tells it when a request line and when the headers have been read (it listens to each HTTP/1
 * connection); the routing says when it has read a body ({@link #bodyRead()}); a sweeper
 * interrupts the connection's thread when one is late. Helidon reads each connection on its own
 * virtual thread, and interrupting a virtual thread blocked on a socket closes the socket: the
 * client sees the connection end. Helidon's own {@code read-timeout} is not applied to the
 * sockets it accepts, so nothing else stops a client that sends nothing at all mid-request.
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
    /** Connections reading a request: their thread and by when they must be done. */
    private final Map<Thread, Long> reading = new ConcurrentHashMap<>();

    RequestDeadlines(ClientTimeouts timeouts, LongSupplier nanoClock) {
        this.headerNanos = timeouts.headers().toNanos();
        this.bodyNanos = timeouts.body().plus(BODY_GRACE).toNanos();
        this.nanoClock = nanoClock;
    }

    /** Deadlines swept a few times per header timeout, at most once a second and at least every 50 ms. */
    public static RequestDeadlines start(ClientTimeouts timeouts) {
        RequestDeadlines deadlines = new RequestDeadlines(timeouts, System::nanoTime);
        long period = Math.clamp(timeouts.headers().toMillis() / 4, 50, 1000);
        SWEEPER.scheduleAtFixedRate(deadlines::sweep, period, period, TimeUnit.MILLISECONDS);
        return deadlines;
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        reading.put(Thread.currentThread(), nanoClock.getAsLong() + headerNanos);
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        if (hasBody(headers)) {
            reading.put(Thread.currentThread(), nanoClock.getAsLong() + bodyNanos);
        } else {
            reading.remove(Thread.currentThread());
        }
    }

    /**
     * Called on the connection's thread once the request's body has been read (or reading it has
     * failed): from then on the gateway waits on the upstream, not on the client.
     */
    public void bodyRead() {
        reading.remove(Thread.currentThread());
    }

    private static boolean hasBody(Headers headers) {
        return headers.contains(HeaderNames.TRANSFER_ENCODING)
                || headers.first(HeaderNames.CONTENT_LENGTH).map(length -> !length.strip().equals("0")).orElse(false);
    }

    /**
     * Interrupts the threads that are late. A connection that failed mid-request, or whose body no
     * handler read, leaves its entry behind until its next request line or its deadline; by then
     * its thread has ended or moved on to waiting for a request line, where Helidon would close an
     * idle connection anyway.
     */
    void sweep() {
        long now = nanoClock.getAsLong();
        reading.forEach((thread, deadline) -> {
            if (now - deadline > 0 && reading.remove(thread, deadline)) {
                thread.interrupt();
            }
        });
    }

    /** Requests being read now. */
    int reading() {
        return reading.size();
    }
}
