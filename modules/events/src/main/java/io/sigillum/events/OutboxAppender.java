package io.sigillum.events;

import io.sigillum.events.internal.OutboxTable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records an event in the {@value OutboxSchema#TABLE} table inside the producer's own transaction,
 * so the event exists if and only if the change that caused it was committed. An
 * {@link OutboxRelay} sends it to the broker afterwards.
 *
 * <pre>{@code
 * // in a @Transactional method: the change and its event, one transaction
 * entityManager.persist(change);
 * appender.append(entityManager, EventDestination.queue("status.commands"), event);
 * // after commit, optionally: relay.wake();
 * }</pre>
 *
 * <p>Thread-safe; one instance per process is enough.
 */
public final class OutboxAppender {

    private final Clock clock;
    // Microseconds since the epoch of the last row's created_at (see createdAt()).
    private final AtomicLong lastCreatedMicros = new AtomicLong(Long.MIN_VALUE);

    /** An appender that stamps rows with the system clock. */
    public OutboxAppender() {
        this(Clock.systemUTC());
    }

    /** An appender that stamps rows with the given clock. */
    public OutboxAppender(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends the event through the entity manager's current transaction, with a native
     * {@code INSERT}: EclipseLink runs it on the transaction's own connection, so it commits or
     * rolls back with the service's other writes.
     *
     * @throws TransactionRequiredException if the entity manager has no active transaction: an
     *                                      event appended outside one would not be atomic with anything
     * @throws IllegalArgumentException     if the encoded event is larger than consumers accept
     * @throws jakarta.persistence.PersistenceException if the insert fails, e.g. the event was appended before
     */
    public void append(EntityManager entityManager, EventDestination destination, EventEnvelope event) {
        Objects.requireNonNull(entityManager, "entityManager");
        if (!entityManager.isJoinedToTransaction()) {
            throw new TransactionRequiredException("append the event inside the transaction that makes the change");
        }
        String envelope = encode(event);
        // Positional parameters in JPA native queries are 1-based, in the INSERT's column order.
        entityManager.createNativeQuery(OutboxTable.INSERT)
                .setParameter(1, event.id().toString())
                .setParameter(2, destination.name())
                .setParameter(3, destination.topic())
                .setParameter(4, envelope)
                .setParameter(5, createdAt())
                .executeUpdate();
    }

    /**
     * Appends the event on the given connection, in whatever transaction it has open. The caller
     * commits or rolls back; with auto-commit on, the row is committed at once, which is only
     * right if nothing else needs to be atomic with it.
     *
     * @throws IllegalArgumentException if the encoded event is larger than consumers accept
     * @throws SQLException             if the insert fails, e.g. the event was appended before
     */
    public void append(Connection connection, EventDestination destination, EventEnvelope event) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        String envelope = encode(event);
        try (PreparedStatement insert = connection.prepareStatement(OutboxTable.INSERT)) {
            insert.setString(1, event.id().toString());
            insert.setString(2, destination.name());
            insert.setBoolean(3, destination.topic());
            insert.setString(4, envelope);
            insert.setObject(5, createdAt());
            insert.executeUpdate();
        }
    }

    // Refused here, in the producer's transaction, rather than by every consumer later: a row the
    // consumers cannot decode would be relayed only to be dead-lettered.
    private static String encode(EventEnvelope event) {
        String envelope = EventCodec.encode(Objects.requireNonNull(event, "event"));
        if (envelope.length() > EventCodec.MAX_ENCODED_LENGTH) {
            throw new IllegalArgumentException("event " + event.id() + " encodes to " + envelope.length()
                    + " characters, more than the " + EventCodec.MAX_ENCODED_LENGTH + " consumers accept");
        }
        return envelope;
    }

    // Both databases keep microseconds. Two events appended by this process in one microsecond
    // would tie and then sort by their random ids, so each row gets a later stamp than the last:
    // the relay then sends one producer's events in the order they were appended.
    private OffsetDateTime createdAt() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        long micros = lastCreatedMicros.updateAndGet(last -> Math.max(now, last + 1));
        return OffsetDateTime.ofInstant(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
