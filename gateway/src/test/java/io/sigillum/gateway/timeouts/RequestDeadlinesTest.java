package io.sigillum.gateway.timeouts;

import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadlines on the connection's own thread (this test's), on a clock the test moves: a late
 * reading is interrupted, and an interrupt never reaches a reading that had ended or a later one.
 */
class RequestDeadlinesTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RequestDeadlines deadlines = new RequestDeadlines(
            new ClientTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)), now::get);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void lateHeaderSectionIsInterrupted() {
        deadlines.prologue(null, null);
        advance(Duration.ofMillis(2_001));
        deadlines.sweep();
        assertTrue(Thread.interrupted());
        assertEquals(1, deadlines.reading(), "kept until the connection's thread ends it");
        deadlines.endOfRequest().filter(() -> { }, null, null);
        assertEquals(0, deadlines.reading());
    }

    @Test
    void cutReadingOfAThreadThatEndedIsDropped() throws InterruptedException {
        Thread connection = Thread.ofVirtual().start(() -> deadlines.prologue(null, null));
        connection.join();
        advance(Duration.ofSeconds(3));
        deadlines.sweep();
        assertEquals(1, deadlines.reading());
        deadlines.sweep();
        assertEquals(0, deadlines.reading());
    }

    @Test
    void headersInTimeWithoutBodyEndTheReading() {
        deadlines.prologue(null, null);
        advance(Duration.ofMillis(1_900));
        deadlines.headers(null, WritableHeaders.create());
        assertNeverCutLater();
    }

    @Test
    void bodyHasItsTimeoutAndGrace() {
        startBody();
        advance(Duration.ofMillis(5_900));
        deadlines.sweep();
        assertFalse(Thread.interrupted(), "within the body timeout and its grace");
        advance(Duration.ofMillis(101 + RequestDeadlines.BODY_GRACE.toMillis()));
        deadlines.sweep();
        assertTrue(Thread.interrupted());
        assertFalse(deadlines.bodyRead(), "a body read after the cut-off was not in time");
    }

    @Test
    void bodyReadInTimeIsNeverInterruptedLater() {
        startBody();
        assertTrue(deadlines.bodyRead());
        assertNeverCutLater();
    }

    @Test
    void requestRefusedBeforeItsBodyLeavesNothingBehind() {
        startBody();
        deadlines.endOfRequest().filter(() -> { }, null, null);
        assertNeverCutLater();
    }

    @Test
    void nextRequestLineReplacesALeftoverReading() {
        startBody(); // a connection whose body no one read, and no end of request seen
        advance(Duration.ofSeconds(3));
        deadlines.prologue(null, null);
        deadlines.headers(null, WritableHeaders.create());
        assertNeverCutLater();
    }

    @Test
    void zeroLengthBodyIsNoBody() {
        deadlines.prologue(null, null);
        deadlines.headers(null, WritableHeaders.create().set(HeaderNames.CONTENT_LENGTH, "0"));
        assertEquals(0, deadlines.reading());
    }

    @Test
    void sweepsEndWhenTheServerStops() {
        RequestDeadlines started = RequestDeadlines.start(new ClientTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        assertTrue(started.sweeping());
        started.endOfRequest().afterStop();
        assertFalse(started.sweeping());
    }

    /** Nothing is left to cut: however late it gets, this thread (the next request on its connection) is not interrupted. */
    private void assertNeverCutLater() {
        assertEquals(0, deadlines.reading());
        advance(Duration.ofMinutes(5));
        deadlines.sweep();
        assertFalse(Thread.interrupted());
    }

    private void startBody() {
        deadlines.prologue(null, null);
        deadlines.headers(null, WritableHeaders.create().set(HeaderNames.CONTENT_LENGTH, "12"));
        assertEquals(1, deadlines.reading());
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
