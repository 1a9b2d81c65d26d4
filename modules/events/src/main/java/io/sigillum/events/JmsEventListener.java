package io.sigillum.events;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decodes each message into an {@link EventEnvelope} and hands it to a handler.
 *
 * <p>If the message is not an envelope, or the handler throws, the exception propagates so the
 * message is not acknowledged: the broker redelivers it a bounded number of times and then moves
 * it to the dead-letter queue. Handlers must therefore be idempotent by {@link EventEnvelope#id()}.
 */
public final class JmsEventListener implements MessageListener {

    private final Consumer<EventEnvelope> handler;

    public JmsEventListener(Consumer<EventEnvelope> handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void onMessage(Message message) {
        handler.accept(decode(message));
    }

    /**
     * The envelope a message carries.
     *
     * @throws MalformedEventException if it is not a text message holding a valid envelope
     */
    public static EventEnvelope decode(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedEventException("events travel as text messages, got " + message.getClass().getSimpleName());
        }
        try {
            return EventCodec.decode(text.getText());
        } catch (JMSException e) {
            throw new MalformedEventException("unreadable message body", e);
        }
    }
}
