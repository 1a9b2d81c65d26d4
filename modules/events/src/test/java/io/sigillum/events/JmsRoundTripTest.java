package io.sigillum.events;

import io.sigillum.events.testing.EmbeddedBroker;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Publish and consume through a real Artemis broker over TCP. */
class JmsRoundTripTest {

    private static final long WAIT_MS = 10_000;

    @TempDir
    Path brokerData;

    private static EventEnvelope revocation() {
        return EventEnvelope.of("status.change-requested", 1,
                Json.createObjectBuilder().add("list", "1").add("index", 42).add("status", "INVALID").build());
    }

    @Test
    void aPublishedEventArrivesIntact() {
        EventEnvelope sent = revocation();
        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerData);
             JMSContext context = broker.connectionFactory().createContext()) {
            Queue queue = context.createQueue("status.commands");
            try (JMSConsumer consumer = context.createConsumer(queue)) {
                new JmsEventPublisher(context).publish(queue, sent);
                Message received = consumer.receive(WAIT_MS);
                assertNotNull(received, "no message within " + WAIT_MS + " ms");
                assertEquals(sent, JmsEventListener.decode(received));
                assertEquals("status.change-requested", received.getJMSType());
                assertEquals(sent.id().toString(), received.getStringProperty(JmsEventPublisher.EVENT_ID_PROPERTY));
            } catch (jakarta.jms.JMSException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aPublishedEventSurvivesABrokerRestart() {
        EventEnvelope sent = revocation();
        int port;
        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerData);
             JMSContext context = broker.connectionFactory().createContext()) {
            port = broker.port();
            new JmsEventPublisher(context).publish(context.createQueue("status.commands"), sent);
        }
        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerData, port);
             JMSContext context = broker.connectionFactory().createContext();
             JMSConsumer consumer = context.createConsumer(context.createQueue("status.commands"))) {
            Message received = consumer.receive(WAIT_MS);
            assertNotNull(received, "the persistent message was lost in the restart");
            assertEquals(sent, JmsEventListener.decode(received));
        }
    }

    @Test
    void theBrokerDropsASecondSendOfTheSameEvent() {
        EventEnvelope sent = revocation();
        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerData);
             JMSContext context = broker.connectionFactory().createContext()) {
            Queue queue = context.createQueue("status.commands");
            JmsEventPublisher publisher = new JmsEventPublisher(context);
            publisher.publish(queue, sent);
            publisher.publish(queue, sent);
            try (JMSConsumer consumer = context.createConsumer(queue)) {
                assertNotNull(consumer.receive(WAIT_MS));
                assertNull(consumer.receive(500), "a duplicate reached the consumer");
            }
        }
    }

    @Test
    void aListenerReceivesEventsAndAPoisonMessageEndsInTheDeadLetterQueue() throws Exception {
        EventEnvelope sent = revocation();
        BlockingQueue<EventEnvelope> handled = new ArrayBlockingQueue<>(10);
        AtomicInteger poisonAttempts = new AtomicInteger();
        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerData);
             JMSContext listening = broker.connectionFactory().createContext(JMSContext.SESSION_TRANSACTED);
             JMSContext sending = broker.connectionFactory().createContext()) {
            Queue queue = sending.createQueue("status.commands");
            JmsEventListener listener = new JmsEventListener(handled::add);
            listening.createConsumer(queue).setMessageListener(message -> {
                try {
                    listener.onMessage(message);
                    listening.commit();
                } catch (MalformedEventException e) {
                    poisonAttempts.incrementAndGet();
                    listening.rollback();
                }
            });
            sending.createProducer().send(queue, "this is not an event");
            new JmsEventPublisher(sending).publish(queue, sent);

            assertEquals(sent, handled.poll(WAIT_MS, TimeUnit.MILLISECONDS));
            try (JMSConsumer dlq = sending.createConsumer(sending.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE))) {
                Message dead = dlq.receive(WAIT_MS);
                assertNotNull(dead, "the poison message never reached the dead-letter queue");
                assertEquals("this is not an event", ((TextMessage) dead).getText());
            }
            assertEquals(EmbeddedBroker.MAX_DELIVERY_ATTEMPTS, poisonAttempts.get());
            assertNull(handled.poll(200, TimeUnit.MILLISECONDS));
        }
    }
}
