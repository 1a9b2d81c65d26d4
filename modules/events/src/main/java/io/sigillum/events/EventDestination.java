package io.sigillum.events;

import jakarta.jms.Destination;
import jakarta.jms.JMSContext;

import java.util.Objects;

/**
 * Where an outbox event goes: a queue (one consumer group takes each event) or a topic (every
 * subscription gets it), by name.
 *
 * @param name  the queue or topic name, e.g. {@code status.commands}; at most {@value #MAX_NAME_LENGTH} characters
 * @param topic {@code true} for a topic, {@code false} for a queue
 */
public record EventDestination(String name, boolean topic) {

    /** The width of the outbox's {@code destination} column. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Checks that the name is not blank and fits the outbox's {@code destination} column. */
    public EventDestination {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("destination name must be 1 to " + MAX_NAME_LENGTH + " characters: '" + name + "'");
        }
    }

    /** A queue of the given name. */
    public static EventDestination queue(String name) {
        return new EventDestination(name, false);
    }

    /** A topic of the given name. */
    public static EventDestination topic(String name) {
        return new EventDestination(name, true);
    }

    /** This destination in the given context, ready to send to. */
    public Destination in(JMSContext context) {
        return topic ? context.createTopic(name) : context.createQueue(name);
    }

    @Override
    public String toString() {
        return (topic ? "topic " : "queue ") + name;
    }
}
