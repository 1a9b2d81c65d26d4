package io.sigillum.events;

import io.sigillum.events.testing.Await;
import io.sigillum.events.testing.EmbeddedBroker;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.sigillum.events.OutboxAppenderTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Appending through an EclipseLink EntityManager, bootstrapped in Java SE with a resource-local
 * unit: the same native INSERT the services run under JTA.
 */
class OutboxEntityManagerTest {

    private static final EventDestination COMMANDS = EventDestination.queue("status.commands");

    @TempDir
    Path brokerData;

    private OutboxDatabase database;
    private EntityManagerFactory factory;
    private EntityManager entityManager;
    private final OutboxAppender appender = new OutboxAppender();

    @BeforeEach
    void open() throws SQLException {
        database = OutboxDatabase.withEmptyOutbox();
        Map<String, String> properties = new HashMap<>(database.persistenceProperties());
        // Not META-INF/persistence.xml: see the file's own comment.
        properties.put("eclipselink.persistencexml", "META-INF/outbox-test-persistence.xml");
        factory = Persistence.createEntityManagerFactory("outbox-test", properties);
        entityManager = factory.createEntityManager();
    }

    @AfterEach
    void close() {
        entityManager.close();
        factory.close();
    }

    @Test
    void theRowIsPartOfTheEntityManagersTransaction() {
        EventEnvelope event = event(1);
        entityManager.getTransaction().begin();
        appender.append(entityManager, COMMANDS, event);
        // Seen inside the transaction, through the same connection...
        assertEquals(1L, ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM event_outbox").getSingleResult()).longValue());
        // ...and not outside it, until commit.
        assertEquals(List.of(), database.rowIds());
        entityManager.getTransaction().commit();
        assertEquals(List.of(event.id().toString()), database.rowIds());
    }

    @Test
    void aRolledBackTransactionTakesTheRowWithIt() {
        entityManager.getTransaction().begin();
        appender.append(entityManager, COMMANDS, event(1));
        entityManager.getTransaction().rollback();
        assertEquals(List.of(), database.rowIds());
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThrows(TransactionRequiredException.class, () -> appender.append(entityManager, COMMANDS, event(1)));
        assertEquals(List.of(), database.rowIds());
    }

    @Test
    void aDuplicateEventFailsTheTransaction() {
        EventEnvelope event = event(1);
        entityManager.getTransaction().begin();
        appender.append(entityManager, COMMANDS, event);
        assertThrows(PersistenceException.class, () -> appender.append(entityManager, COMMANDS, event));
        entityManager.getTransaction().rollback();
        assertEquals(List.of(), database.rowIds());
    }

    @Test
    void anEventAppendedThroughTheEntityManagerIsRelayed() {
        EventEnvelope event = event(1);
        entityManager.getTransaction().begin();
        appender.append(entityManager, COMMANDS, event);
        entityManager.getTransaction().commit();

        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerData);
             JMSContext context = broker.connectionFactory().createContext();
             JMSConsumer consumer = context.createConsumer(COMMANDS.in(context));
             OutboxRelay relay = OutboxRelay.builder(database, broker.connectionFactory()).start()) {
            jakarta.jms.Message message = consumer.receive(Await.LIMIT.toMillis());
            assertNotNull(message, "no event within " + Await.LIMIT);
            assertEquals(event, JmsEventListener.decode(message));
            Await.until("the row is deleted", () -> database.rowIds().isEmpty());
            assertEquals(1, relay.counters().sent());
        }
    }
}
