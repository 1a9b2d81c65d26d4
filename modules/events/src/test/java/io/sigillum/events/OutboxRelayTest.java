package io.sigillum.events;

import io.sigillum.events.testing.Await;
import io.sigillum.events.testing.EmbeddedBroker;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.sigillum.events.OutboxAppenderTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay between a real database (H2, or PostgreSQL with -Ppostgres) and a real Artemis broker. */
class OutboxRelayTest {

    private static final EventDestination COMMANDS = EventDestination.queue("status.commands");
    private static final Duration RECEIVE_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path brokerData;

    private OutboxDatabase database;
    private final OutboxAppender appender = new OutboxAppender();
    private final List<OutboxRelay> relays = new ArrayList<>();
    private final List<JMSContext> consumers = new ArrayList<>();
    private final List<EmbeddedBroker> brokers = new ArrayList<>();

    @BeforeEach
    void emptyOutbox() throws SQLException {
        database = OutboxDatabase.withEmptyOutbox();
    }

    @AfterEach
    void stopAll() {
        relays.forEach(OutboxRelay::close);
        consumers.forEach(JMSContext::close);
        brokers.forEach(EmbeddedBroker::close);
    }

    @Test
    void aCommittedEventIsDeliveredOnceAndItsRowDeleted() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        EventEnvelope event = appendCommitted(COMMANDS);
        EventEnvelope marker = appendCommitted(COMMANDS);
        OutboxRelay relay = relay(factory);

        assertEquals(event, receive(consumer));
        assertEquals(marker, receive(consumer), "the next message after the event must be the marker, not a second copy");
        Await.until("the rows are deleted", () -> database.rowIds().isEmpty() && relay.counters().sent() == 2);
        assertEquals(0, relay.counters().failures());
    }

    @Test
    void aRolledBackEventIsNeverSent() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            appender.append(connection, COMMANDS, event(1));
            connection.rollback();
        }
        EventEnvelope marker = appendCommitted(COMMANDS);
        OutboxRelay relay = relay(factory);

        assertEquals(marker, receive(consumer), "the rolled-back event, older than the marker, would have come first");
        Await.until("the marker's row is deleted and counted",
                () -> database.rowIds().isEmpty() && relay.counters().sent() >= 1);
        assertEquals(1, relay.counters().sent());
    }

    @Test
    void eventsLeaveInTheOrderTheyWereAppended() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        List<EventEnvelope> appended = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            appended.add(appendCommitted(COMMANDS));
        }
        relays.add(OutboxRelay.builder(database, factory).batchSize(4).start());

        List<EventEnvelope> received = new ArrayList<>();
        for (int n = 0; n < appended.size(); n++) {
            received.add(receive(consumer));
        }
        assertEquals(appended, received);
    }

    @Test
    void aTopicEventReachesEverySubscriber() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        EventDestination published = EventDestination.topic("status.published");
        JMSConsumer gateway = consumer(factory, published);
        JMSConsumer verifier = consumer(factory, published);
        EventEnvelope event = appendCommitted(published);
        relay(factory);

        assertEquals(event, receive(gateway));
        assertEquals(event, receive(verifier));
    }

    @Test
    void anEventAppendedWhileTheBrokerIsDownIsDeliveredOnceItStarts() throws Exception {
        int port = EmbeddedBroker.freePort();
        OutboxRelay relay = relay(EmbeddedBroker.connectionFactory(port));
        EventEnvelope event = appendCommitted(COMMANDS);

        Await.until("several polls fail", () -> relay.counters().consecutiveFailures() >= 3);
        assertEquals(List.of(event.id().toString()), database.rowIds());
        assertEquals(0, relay.counters().sent());
        assertEquals(1, relay.counters().pendingAtLastPoll());

        ConnectionFactory factory = broker(port);
        assertEquals(event, receive(consumer(factory, COMMANDS)));
        Await.until("the relay recovers and deletes the row",
                () -> relay.counters().consecutiveFailures() == 0 && database.rowIds().isEmpty());
        assertEquals(1, relay.counters().sent());
    }

    @Test
    void theRelayReconnectsAfterTheBrokerRestarts() throws Exception {
        int port = EmbeddedBroker.freePort();
        EmbeddedBroker first = EmbeddedBroker.start(brokerData, port);
        brokers.add(first);
        ConnectionFactory factory = EmbeddedBroker.connectionFactory(port);
        OutboxRelay relay = relay(factory);
        EventEnvelope before = appendCommitted(COMMANDS);
        try (JMSContext context = factory.createContext(); JMSConsumer consumer = context.createConsumer(COMMANDS.in(context))) {
            assertEquals(before, receive(consumer));
        }
        first.close();
        brokers.remove(first);

        EventEnvelope during = appendCommitted(COMMANDS);
        Await.until("several polls fail", () -> relay.counters().consecutiveFailures() >= 3);
        assertEquals(List.of(during.id().toString()), database.rowIds());

        broker(port);
        assertEquals(during, receive(consumer(factory, COMMANDS)));
        Await.until("the row is deleted and counted", () -> database.rowIds().isEmpty() && relay.counters().sent() >= 2);
        assertEquals(2, relay.counters().sent());
    }

    @Test
    void aNewRelaySendsWhatAClosedOneLeft() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        OutboxRelay first = relay(factory);
        EventEnvelope sentByFirst = appendCommitted(COMMANDS);
        assertEquals(sentByFirst, receive(consumer));
        Await.until("the first relay deleted its row", () -> database.rowIds().isEmpty());
        first.close();

        EventEnvelope second = appendCommitted(COMMANDS);
        EventEnvelope third = appendCommitted(COMMANDS);
        assertEquals(List.of(second.id().toString(), third.id().toString()), database.rowIds());

        OutboxRelay next = relay(factory);
        assertEquals(second, receive(consumer));
        assertEquals(third, receive(consumer));
        // The relay counts a batch after its transaction commits: wait for the count, not only the rows.
        Await.until("the rows are deleted and counted", () -> database.rowIds().isEmpty() && next.counters().sent() == 2);
        assertEquals(1, first.counters().sent());
        assertEquals(2, next.counters().sent());
    }

    @Test
    void anEventSentBeforeARelayCrashedIsNotDeliveredTwice() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        EventEnvelope event = appendCommitted(COMMANDS);
        EventEnvelope marker = appendCommitted(COMMANDS);
        // What a relay that crashed between its send and its commit did: the broker has the event, the row remains.
        try (JMSContext context = factory.createContext()) {
            new JmsEventPublisher(context).publish(COMMANDS.in(context), event);
        }
        OutboxRelay relay = relay(factory);

        assertEquals(event, receive(consumer));
        assertEquals(marker, receive(consumer), "the broker should have dropped the second send of the event");
        Await.until("both rows are deleted", () -> database.rowIds().isEmpty() && relay.counters().sent() == 2);
    }

    @Test
    void twoRelaysOnOneTableSendEachEventOnce() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        Set<UUID> appended = new HashSet<>();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            for (int n = 0; n < 300; n++) {
                EventEnvelope event = event(n);
                appender.append(connection, COMMANDS, event);
                appended.add(event.id());
            }
            connection.commit();
        }
        OutboxRelay one = OutboxRelay.builder(database, factory).batchSize(7).name("relay-one").start();
        OutboxRelay two = OutboxRelay.builder(database, factory).batchSize(7).name("relay-two").start();
        relays.addAll(List.of(one, two));

        Set<UUID> received = new HashSet<>();
        for (int n = 0; n < appended.size(); n++) {
            assertTrue(received.add(receive(consumer).id()), "an event arrived twice");
        }
        assertEquals(appended, received);
        // The relays count a batch after its commit: close them, so every count is final, before adding up.
        Await.until("every row is deleted", () -> database.rowIds().isEmpty());
        one.close();
        two.close();
        // The broker would hide a second send from the consumer; the relays' own counts cannot hide it.
        assertEquals(appended.size(), one.counters().sent() + two.counters().sent());
    }

    @Test
    void anUnsendableRowStaysWhileLaterEventsGo() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        String corrupt = UUID.randomUUID().toString();
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO event_outbox VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, corrupt);
            insert.setString(2, COMMANDS.name());
            insert.setBoolean(3, false);
            insert.setString(4, "{\"id\":\"not an envelope\"}");
            insert.setObject(5, OffsetDateTime.parse("2020-01-01T00:00:00Z"));
            insert.executeUpdate();
        }
        EventEnvelope event = appendCommitted(COMMANDS);
        OutboxRelay relay = relay(factory);

        assertEquals(event, receive(consumer));
        Await.until("the good row is deleted", () -> database.rowIds().equals(List.of(corrupt)));
        assertEquals(1, relay.counters().sent());
        assertEquals(0, relay.counters().failures());
    }

    @Test
    void wakeSendsWithoutWaitingForThePollInterval() throws Exception {
        ConnectionFactory factory = broker(EmbeddedBroker.freePort());
        JMSConsumer consumer = consumer(factory, COMMANDS);
        EventEnvelope first = appendCommitted(COMMANDS);
        OutboxRelay relay = OutboxRelay.builder(database, factory).pollInterval(Duration.ofHours(1)).start();
        relays.add(relay);
        assertEquals(first, receive(consumer)); // the poll every relay makes when it starts

        EventEnvelope woken = appendCommitted(COMMANDS);
        relay.wake();
        // The next poll is an hour away: only wake() can have sent it.
        assertEquals(woken, receive(consumer));
    }

    private ConnectionFactory broker(int port) {
        EmbeddedBroker broker = EmbeddedBroker.start(brokerData, port);
        brokers.add(broker);
        return broker.connectionFactory();
    }

    private JMSConsumer consumer(ConnectionFactory factory, EventDestination destination) {
        JMSContext context = factory.createContext();
        consumers.add(context);
        return context.createConsumer(destination.in(context));
    }

    // Backoff short enough that "several failed polls" take a fraction of a second.
    private OutboxRelay relay(ConnectionFactory factory) {
        OutboxRelay relay = OutboxRelay.builder(database, factory)
                .backoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .start();
        relays.add(relay);
        return relay;
    }

    private EventEnvelope appendCommitted(EventDestination destination) throws SQLException {
        EventEnvelope event = event(0);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            appender.append(connection, destination, event);
            connection.commit();
        }
        return event;
    }

    private static EventEnvelope receive(JMSConsumer consumer) {
        Message message = consumer.receive(RECEIVE_LIMIT.toMillis());
        assertNotNull(message, "no event within " + RECEIVE_LIMIT);
        return JmsEventListener.decode(message);
    }
}
