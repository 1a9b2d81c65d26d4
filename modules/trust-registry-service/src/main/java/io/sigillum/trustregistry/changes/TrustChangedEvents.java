package io.sigillum.trustregistry.changes;

import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import jakarta.json.Json;

/**
 * The announcement of a new registry version: {@code trust.changed} with payload
 * {@code {"version": n}} on the topic {@value #TOPIC_NAME}, so every verifier gets it and drops
 * (or revalidates) its cached snapshot. Versions only grow: a verifier that sees a version at or
 * below the one it holds ignores the event.
 */
public final class TrustChangedEvents {

    /** The topic's name. */
    public static final String TOPIC_NAME = "sigillum.trust.changed";
    /** The topic every verifier subscribes to. */
    public static final EventDestination TOPIC = EventDestination.topic(TOPIC_NAME);
    /** The event type. */
    public static final String TYPE = "trust.changed";

    private TrustChangedEvents() {
    }

    /** @return the event for the version, with a fresh id */
    public static EventEnvelope of(long version) {
        return EventEnvelope.of(TYPE, 1, Json.createObjectBuilder().add("version", version).build());
    }
}
