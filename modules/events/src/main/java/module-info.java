/**
 * Sigillum's event contracts and their transport over Jakarta Messaging: the envelope every
 * event travels in, a publisher and consumer that speak it, and a transactional outbox that
 * records events in the producer's database transaction and relays them to the broker later.
 * Plain Java: no server, no CDI.
 */
module io.sigillum.events {
    requires transitive jakarta.messaging;
    requires transitive jakarta.json;
    // The outbox's API takes an EntityManager, a Connection or a DataSource.
    requires transitive jakarta.persistence;
    requires transitive java.sql;
    requires java.logging;

    exports io.sigillum.events;
    // io.sigillum.events.internal (the relay's workings) stays encapsulated.
}
