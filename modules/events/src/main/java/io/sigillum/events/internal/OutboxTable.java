package io.sigillum.events.internal;

/**
 * The SQL the outbox runs against {@code event_outbox}, written for both H2 2.x and PostgreSQL.
 * Kept here, next to nothing else, so a reviewer can hold it against the DDL in
 * {@code OutboxSchema}.
 */
public final class OutboxTable {

    /** Parameters: id, destination, destination_topic, envelope, created_at. */
    public static final String INSERT = "INSERT INTO event_outbox (id, destination, destination_topic, envelope, created_at)"
            + " VALUES (?, ?, ?, ?, ?)";

    public static final String DELETE = "DELETE FROM event_outbox WHERE id = ?";

    public static final String COUNT = "SELECT COUNT(*) FROM event_outbox";

    private OutboxTable() {
    }

    /**
     * The oldest unlocked rows, locked for this transaction. Rows another relay holds are skipped
     * rather than waited for, so replicas never send one row at the same time. Both databases
     * accept this statement; H2 2.x applies the row limit before skipping, so a second relay on
     * H2 finds an empty batch while the first holds the oldest rows (still no row twice), whereas
     * PostgreSQL hands it the next rows.
     *
     * @param limit the batch size, a positive int (inlined: it is ours, never user input)
     */
    public static String selectBatch(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + limit);
        }
        return "SELECT id, destination, destination_topic, envelope FROM event_outbox"
                + " ORDER BY created_at, id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED";
    }
}
