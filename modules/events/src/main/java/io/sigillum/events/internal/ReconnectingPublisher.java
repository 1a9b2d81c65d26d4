package io.sigillum.events.internal;

import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventPublisher;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link JmsEventPublisher} over a context opened on first use and dropped after a failure, so
 * the next send connects afresh: a broken connection is not repaired in place.
 *
 * <p>The context is non-transacted on purpose. Each persistent send then returns only once the
 * broker has the message, and a duplicate (a row sent before its delete committed) is dropped on
 * its own; in a transacted session Artemis would roll back the whole transaction instead, and
 * the same batch would fail again on every retry.
 *
 * <p>Used by one thread at a time.
 */
public final class ReconnectingPublisher implements AutoCloseable {

    private final Supplier<JMSContext> contexts;
    private JMSContext context;
    private JmsEventPublisher publisher;

    public ReconnectingPublisher(Supplier<JMSContext> contexts) {
        this.contexts = Objects.requireNonNull(contexts, "contexts");
    }

    /** Sends one event; returns once the broker has it. */
    public void publish(EventDestination destination, EventEnvelope event) {
        if (context == null) {
            context = contexts.get();
            publisher = new JmsEventPublisher(context);
        }
        publisher.publish(destination.in(context), event);
    }

    /** Drops the context, if any, so the next send reconnects. */
    public void reset() {
        JMSContext open = context;
        context = null;
        publisher = null;
        if (open != null) {
            try {
                open.close();
            } catch (JMSRuntimeException e) {
                // The connection is already broken, which is why it is being dropped.
            }
        }
    }

    @Override
    public void close() {
        reset();
    }
}
