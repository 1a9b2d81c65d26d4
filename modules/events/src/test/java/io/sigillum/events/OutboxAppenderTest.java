package io.sigillum.events;

import jakarta.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Appending on a plain JDBC connection, in the caller's transaction. */
class OutboxAppenderTest {

    private static final EventDestination COMMANDS = EventDestination.queue("status.commands");

    private OutboxDatabase database;

    @BeforeEach
    void emptyOutbox() throws SQLException {
        database = OutboxDatabase.withEmptyOutbox();
    }

    static EventEnvelope event(int n) {
        return EventEnvelope.of("status.change-requested", 1,
                Json.createObjectBuilder().add("list", "1").add("index", n).add("status", "INVALID").build());
    }

    @Test
    void aCommittedAppendLeavesOneRowWithTheEncodedEnvelope() throws SQLException {
        EventEnvelope event = event(1);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            new OutboxAppender().append(connection, EventDestination.topic("status.published"), event);
            connection.commit();
        }
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, destination, destination_topic, envelope, created_at FROM event_outbox");
             ResultSet row = select.executeQuery()) {
            assertTrue(row.next());
            assertEquals(event.id().toString(), row.getString("id"));
            assertEquals("status.published", row.getString("destination"));
            assertTrue(row.getBoolean("destination_topic"));
            assertEquals(event, EventCodec.decode(row.getString("envelope")));
            assertNotNull(row.getObject("created_at", OffsetDateTime.class));
            assertFalse(row.next(), "one append, one row");
        }
    }

    @Test
    void aRolledBackAppendLeavesNoRow() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            new OutboxAppender().append(connection, COMMANDS, event(1));
            connection.rollback();
        }
        assertEquals(List.of(), database.rowIds());
    }

    @Test
    void theSameEventCannotBeAppendedTwice() throws SQLException {
        EventEnvelope event = event(1);
        OutboxAppender appender = new OutboxAppender();
        try (Connection connection = database.getConnection()) {
            appender.append(connection, COMMANDS, event);
            assertThrows(SQLException.class, () -> appender.append(connection, COMMANDS, event));
        }
        assertEquals(List.of(event.id().toString()), database.rowIds());
    }

    @Test
    void anEventTooLargeForConsumersIsRefusedInTheProducersTransaction() throws SQLException {
        EventEnvelope huge = EventEnvelope.of("status.change-requested", 1,
                Json.createObjectBuilder().add("padding", "x".repeat(EventCodec.MAX_ENCODED_LENGTH)).build());
        try (Connection connection = database.getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> new OutboxAppender().append(connection, COMMANDS, huge));
        }
        assertEquals(List.of(), database.rowIds());
    }

    @Test
    void eventsAppendedInOneInstantStillSortInAppendOrder() throws SQLException {
        // A stopped clock: every append reads the same instant, yet each row must sort after the last.
        OutboxAppender appender = new OutboxAppender(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        List<String> appended = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            for (int n = 0; n < 20; n++) {
                EventEnvelope event = event(n);
                appender.append(connection, COMMANDS, event);
                appended.add(event.id().toString());
            }
            connection.commit();
        }
        assertEquals(appended, database.rowIds());
    }
}
