package io.sigillum.events;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;

import java.util.Objects;

/**
 * Sends events as persistent JMS text messages whose body is the envelope's JSON
 * ({@link EventCodec}).
 *
 * <p>The message's {@code JMSType} is the event type, so consumers can select by type. The event
 * id also goes into {@value #DUPLICATE_ID_PROPERTY}, which an Artemis broker uses to drop a
 * message sent twice (an outbox relay that crashed after sending and before marking).
 *
 * <p>Not thread-safe, like the {@link JMSContext} it writes through.
 */
public final class JmsEventPublisher {

    /** Artemis's duplicate-detection property; other brokers ignore it. */
    public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";
    /** The event id, as a property consumers can read without parsing the body. */
    public static final String EVENT_ID_PROPERTY = "sigillum_event_id";

    private final JMSContext context;
    private final JMSProducer producer;

    public JmsEventPublisher(JMSContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    /** Sends one event; returns when the broker has it (persistent sends are synchronous). */
    public void publish(Destination destination, EventEnvelope event) {
        TextMessage message = context.createTextMessage(EventCodec.encode(event));
        try {
            message.setJMSType(event.type());
            message.setStringProperty(EVENT_ID_PROPERTY, event.id().toString());
            message.setStringProperty(DUPLICATE_ID_PROPERTY, event.id().toString());
        } catch (JMSException e) {
            throw new IllegalStateException("could not set event headers", e);
        }
        producer.send(destination, message);
    }
}
