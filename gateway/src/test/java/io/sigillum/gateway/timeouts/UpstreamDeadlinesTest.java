package io.sigillum.gateway.timeouts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpstreamDeadlinesTest {

    @Test
    void aWaitPastItsDeadlineIsInterruptedAndSaysSoAndLeavesNoInterruptBehind() {
        UpstreamDeadlines.Waiting waiting = UpstreamDeadlines.await(Duration.ofMillis(50));
        assertThrows(InterruptedException.class, () -> new CountDownLatch(1).await(30, TimeUnit.SECONDS),
                "the blocked thread is woken");
        assertTrue(waiting.end(), "late");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aWaitEndedInTimeIsNeverInterrupted() throws Exception {
        UpstreamDeadlines.Waiting waiting = UpstreamDeadlines.await(Duration.ofMillis(100));
        assertFalse(waiting.end(), "in time");
        // Past the deadline that was cancelled: nothing lands in what the thread does next.
        assertFalse(new CountDownLatch(1).await(300, TimeUnit.MILLISECONDS));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void anInterruptThatCameAfterTheAnswerIsClearedByTheEnd() throws Exception {
        UpstreamDeadlines.Waiting waiting = UpstreamDeadlines.await(Duration.ofMillis(20));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < until) {
            Thread.onSpinWait(); // the answer came, but the thread had not yet ended the wait
        }
        assertTrue(waiting.end());
        assertFalse(Thread.currentThread().isInterrupted(), "a later call on this thread is not broken by it");
    }
}
