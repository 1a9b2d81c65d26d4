package io.sigillum.events;

import java.util.List;

/**
 * The outbox table, {@value #TABLE}, as SQL that both H2 2.x and PostgreSQL accept. Put
 * {@link #DDL} in the producing service's own schema migration (Flyway); the outbox never
 * creates its table itself.
 *
 * <pre>{@code
 * CREATE TABLE event_outbox (
 *     id                VARCHAR(36)              NOT NULL PRIMARY KEY,
 *     destination       VARCHAR(200)             NOT NULL,
 *     destination_topic BOOLEAN                  NOT NULL,
 *     envelope          TEXT                     NOT NULL,
 *     created_at        TIMESTAMP WITH TIME ZONE NOT NULL
 * );
 * CREATE INDEX event_outbox_created ON event_outbox (created_at, id);
 * }</pre>
 *
 * <ul>
 *   <li>{@code id}: the envelope's id, so appending one event twice fails on the primary key;</li>
 *   <li>{@code destination}, {@code destination_topic}: an {@link EventDestination};</li>
 *   <li>{@code envelope}: {@link EventCodec#encode(EventEnvelope)}, at most
 *       {@link EventCodec#MAX_ENCODED_LENGTH} characters ({@code TEXT} is unbounded in PostgreSQL
 *       and a character large object in H2);</li>
 *   <li>{@code created_at}: when it was appended; the relay sends in {@code (created_at, id)}
 *       order, which the index serves.</li>
 * </ul>
 */
public final class OutboxSchema {

    /** The table's name. */
    public static final String TABLE = "event_outbox";

    /** The statements that create the table and its index, one per element, without semicolons. */
    public static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE event_outbox (
                id                VARCHAR(36)              NOT NULL PRIMARY KEY,
                destination       VARCHAR(200)             NOT NULL,
                destination_topic BOOLEAN                  NOT NULL,
                envelope          TEXT                     NOT NULL,
                created_at        TIMESTAMP WITH TIME ZONE NOT NULL
            )""",
            "CREATE INDEX event_outbox_created ON event_outbox (created_at, id)");

    /** {@link #STATEMENTS} as one script, each statement ended by a semicolon: a migration's text. */
    public static final String DDL = String.join(";\n", STATEMENTS) + ";\n";

    private OutboxSchema() {
    }
}
