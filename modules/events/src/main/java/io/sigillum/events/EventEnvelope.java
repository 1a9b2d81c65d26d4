package io.sigillum.events;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every Sigillum event travels in.
 *
 * @param id            unique per event; consumers use it to drop duplicates (delivery is at least once)
 * @param type          what happened, dotted lower case, e.g. {@code status.published}
 * @param occurredAt    when it happened at the producer
 * @param schemaVersion version of the payload's schema for this type, from 1
 * @param payload       the event's data
 */
public record EventEnvelope(UUID id, String type, Instant occurredAt, int schemaVersion, JsonObject payload) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (!TYPE.matcher(type).matches() || type.length() > 100) {
            throw new IllegalArgumentException("event type must be dotted lower case, e.g. status.published: " + type);
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion starts at 1: " + schemaVersion);
        }
    }

    /** A new event of the given type that happened now, with a random id. */
    public static EventEnvelope of(String type, int schemaVersion, JsonObject payload) {
        return new EventEnvelope(UUID.randomUUID(), type, Instant.now(), schemaVersion, payload);
    }
}
