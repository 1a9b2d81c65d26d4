package io.sigillum.events;

import io.sigillum.events.internal.Backoff;
import io.sigillum.events.internal.ReconnectingPublisher;
import io.sigillum.events.internal.RelayBatch;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the events that {@link OutboxAppender} recorded, on a thread of its own, and deletes each
 * row once the broker has its event.
 *
 * <p>Each poll locks a batch of the oldest rows ({@code FOR UPDATE SKIP LOCKED}), sends them in
 * creation order as persistent messages with {@link JmsEventPublisher}, deletes the ones sent and
 * commits, all in one local transaction of the {@link DataSource}. It polls every
 * {@link Builder#pollInterval(Duration) poll interval}, at once after {@link #wake()}, and again
 * without pausing while full batches keep coming. While the broker or the database fails, it
 * pauses for an exponentially growing, capped backoff, reconnecting to the broker each time.
 *
 * <p>Guarantees: no row is deleted before its event was sent, so delivery is at least once.
 * Several relays (replicas) may share one table: a row locked by one is skipped by the others, so
 * in normal operation each event is sent once; a relay that dies between sending and committing
 * sends its batch again, and Artemis's duplicate detection drops it by event id. Consumers stay
 * idempotent by {@link EventEnvelope#id()} all the same.
 *
 * <p>Logs through {@code java.util.logging}, with event ids but never payloads.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    // How long close() waits for a poll in progress; past it the thread is interrupted.
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    // Unsendable rows are reported once each; the memory of them stays bounded.
    private static final int MAX_REMEMBERED_UNSENDABLE = 1_000;

    /**
     * What the relay has done so far, for a service's metrics and health checks.
     *
     * @param sent                events sent (and their rows deleted)
     * @param failures            polls that failed, on the broker or the database
     * @param consecutiveFailures polls that failed since the last that succeeded; above zero while
     *                            the broker or the database is unreachable
     * @param pendingAtLastPoll   rows left in the table when the last poll ended, whoever holds them
     */
    public record Counters(long sent, long failures, long consecutiveFailures, long pendingAtLastPoll) {
    }

    private final DataSource dataSource;
    private final ReconnectingPublisher publisher;
    private final Duration pollInterval;
    private final int batchSize;
    private final Backoff backoff;
    private final Thread thread;

    private final Semaphore wakeups = new Semaphore(0);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong consecutiveFailures = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final Set<String> reportedUnsendable = new HashSet<>();

    private OutboxRelay(Builder builder) {
        this.dataSource = builder.dataSource;
        this.publisher = new ReconnectingPublisher(builder.contexts);
        this.pollInterval = builder.pollInterval;
        this.batchSize = builder.batchSize;
        this.backoff = new Backoff(builder.firstBackoff, builder.maxBackoff);
        this.thread = Thread.ofPlatform().name(builder.name).daemon(true).unstarted(this::run);
    }

    /** A relay from the table behind {@code dataSource} to the broker behind {@code connectionFactory}. */
    public static Builder builder(DataSource dataSource, ConnectionFactory connectionFactory) {
        Objects.requireNonNull(connectionFactory, "connectionFactory");
        return new Builder(dataSource, connectionFactory::createContext);
    }

    /**
     * A relay that opens its broker sessions with {@code contexts}: each call must return a new,
     * non-transacted context (the relay closes it after a failure and asks for another).
     */
    public static Builder builder(DataSource dataSource, Supplier<JMSContext> contexts) {
        return new Builder(dataSource, contexts);
    }

    /**
     * Asks for a poll now rather than at the next interval. Producers call it after their
     * transaction commits, so events leave at once. Cheap, and ignored while backing off.
     */
    public void wake() {
        wakeups.release();
    }

    /** A snapshot of the counters. */
    public Counters counters() {
        return new Counters(sent.get(), failures.get(), consecutiveFailures.get(), pending.get());
    }

    /**
     * Stops polling, waits for a poll in progress to finish, and closes the broker session. Rows
     * not yet sent stay in the table for the next relay.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopping.countDown();
        wakeups.release();
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            if (!thread.join(CLOSE_WAIT)) {
                LOG.warning(() -> "outbox relay " + thread.getName() + " still busy after " + CLOSE_WAIT + "; interrupting it");
                thread.interrupt();
                thread.join(CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OutboxRelay start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (!closed.get()) {
                Duration pause;
                try {
                    int sentNow = poll();
                    succeeded();
                    if (sentNow == batchSize) {
                        continue; // a full batch: more are probably waiting
                    }
                    pause = pollInterval;
                } catch (SQLException | RuntimeException e) {
                    failed(e);
                    // Waking does not cut a backoff short: producers wake after every commit.
                    if (stopping.await(backoff.next().toNanos(), TimeUnit.NANOSECONDS)) {
                        break;
                    }
                    continue;
                }
                wakeups.tryAcquire(pause.toNanos(), TimeUnit.NANOSECONDS);
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            publisher.close();
            LOG.fine(() -> "outbox relay " + thread.getName() + " stopped");
        }
    }

    /** One pass; returns how many events it sent, or throws what made it fail. */
    private int poll() throws SQLException {
        RelayBatch.Result result;
        try (Connection connection = dataSource.getConnection()) {
            result = RelayBatch.run(connection, batchSize, publisher, this::unsendable);
            sent.addAndGet(result.sent());
            pending.set(RelayBatch.pending(connection));
        }
        if (result.sent() > 0) {
            LOG.fine(() -> "outbox relay sent " + result.sent() + " of " + result.selected() + " events");
        }
        if (result.failure() != null) {
            publisher.reset(); // the session may be broken: reconnect on the next attempt
            throw result.failure();
        }
        return result.sent();
    }

    private void succeeded() {
        long streak = consecutiveFailures.getAndSet(0);
        backoff.reset();
        if (streak > 0) {
            LOG.info(() -> "outbox relay " + thread.getName() + " recovered after " + streak + " failed polls");
        }
    }

    private void failed(Exception e) {
        failures.incrementAndGet();
        long streak = consecutiveFailures.incrementAndGet();
        // The first failure of a streak is a warning; the retries that follow are not news.
        Level level = streak == 1 ? Level.WARNING : Level.FINE;
        LOG.log(level, e, () -> "outbox relay " + thread.getName() + " could not relay events (failure " + streak
                + " in a row, " + pending.get() + " waiting); retrying with backoff");
    }

    private void unsendable(String id, RuntimeException e) {
        if (reportedUnsendable.size() >= MAX_REMEMBERED_UNSENDABLE) {
            reportedUnsendable.clear();
        }
        if (reportedUnsendable.add(id)) {
            LOG.severe(() -> "outbox row " + id + " can never be sent and stays in the table for an operator: " + e.getMessage());
        }
    }

    /** Settings of a relay; {@link #start()} makes one and starts it. */
    public static final class Builder {

        private final DataSource dataSource;
        private final Supplier<JMSContext> contexts;
        private Duration pollInterval = Duration.ofMillis(200);
        private int batchSize = 100;
        private Duration firstBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private String name = "sigillum-outbox-relay";

        private Builder(DataSource dataSource, Supplier<JMSContext> contexts) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.contexts = Objects.requireNonNull(contexts, "contexts");
        }

        /** How long to wait between polls when not woken; 200 ms unless set. */
        public Builder pollInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("poll interval must be positive: " + interval);
            }
            this.pollInterval = interval;
            return this;
        }

        /** At most how many rows one poll sends in one transaction; 100 unless set. */
        public Builder batchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("batch size must be positive: " + size);
            }
            this.batchSize = size;
            return this;
        }

        /** The pause after the first failure, doubling after each further one up to {@code max}; 500 ms and 30 s unless set. */
        public Builder backoff(Duration first, Duration max) {
            Backoff.requireValid(first, max);
            this.firstBackoff = first;
            this.maxBackoff = max;
            return this;
        }

        /** The relay thread's name, for thread dumps and logs. */
        public Builder name(String threadName) {
            this.name = Objects.requireNonNull(threadName, "threadName");
            return this;
        }

        /** A relay with these settings, already polling. */
        public OutboxRelay start() {
            return new OutboxRelay(this).start();
        }
    }
}
