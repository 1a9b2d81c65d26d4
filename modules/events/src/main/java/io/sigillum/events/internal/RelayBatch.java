package io.sigillum.events.internal;

import io.sigillum.events.EventCodec;
import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.MalformedEventException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One relay pass in one local transaction: lock the oldest unlocked rows, send them in order,
 * delete the ones sent, commit.
 *
 * <p>A row leaves the table only in the transaction that follows its successful send, so no row
 * is lost: if the send fails, the row stays; if the delete or commit fails after the send, the
 * row is sent again later and the broker drops the duplicate by event id.
 */
public final class RelayBatch {

    /**
     * What a pass did.
     *
     * @param selected how many rows it locked
     * @param sent     how many of them it sent and deleted
     * @param failure  the send failure that ended it early, or {@code null}
     */
    public record Result(int selected, int sent, RuntimeException failure) {
    }

    private record Row(String id, String destination, boolean topic, String envelope) {
    }

    private RelayBatch() {
    }

    /**
     * Runs one pass on the connection, which must not be in a transaction of its own.
     *
     * @param unsendable told about each row that can never be sent (corrupt destination or
     *                   envelope); such a row is left in the table for an operator
     * @return what was done; a send failure is returned, after the rows sent before it were
     *         deleted and committed, rather than thrown
     * @throws SQLException if the database failed; the transaction is then rolled back
     */
    public static Result run(Connection connection, int batchSize, ReconnectingPublisher publisher,
                             BiConsumer<String, RuntimeException> unsendable) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<Row> rows = lockOldest(connection, batchSize);
            List<String> sent = new ArrayList<>(rows.size());
            RuntimeException failure = null;
            for (Row row : rows) {
                EventDestination destination;
                EventEnvelope event;
                try {
                    destination = new EventDestination(row.destination(), row.topic());
                    event = decode(row);
                } catch (IllegalArgumentException | MalformedEventException e) {
                    unsendable.accept(row.id(), e);
                    continue;
                }
                try {
                    publisher.publish(destination, event);
                } catch (RuntimeException e) {
                    // Later rows wait too, so one producer's events still arrive in order.
                    failure = e;
                    break;
                }
                sent.add(row.id());
            }
            delete(connection, sent);
            connection.commit();
            return new Result(rows.size(), sent.size(), failure);
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** How many rows wait in the table, locked or not. */
    public static long pending(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement(); ResultSet result = count.executeQuery(OutboxTable.COUNT)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<Row> lockOldest(Connection connection, int batchSize) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(OutboxTable.selectBatch(batchSize));
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), result.getBoolean(3), result.getString(4)));
            }
        }
        return rows;
    }

    // The broker's duplicate detection keys on the envelope's id, so it must be the row's id.
    private static EventEnvelope decode(Row row) {
        EventEnvelope event = EventCodec.decode(row.envelope());
        if (!event.id().toString().equals(row.id())) {
            throw new MalformedEventException("the envelope's id is not the row's id");
        }
        return event;
    }

    private static void delete(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(OutboxTable.DELETE)) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
