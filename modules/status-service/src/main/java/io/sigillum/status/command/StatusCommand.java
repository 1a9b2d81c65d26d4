package io.sigillum.status.command;

import io.sigillum.events.EventEnvelope;
import io.sigillum.events.MalformedEventException;
import io.sigillum.status.entry.StatusValue;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A {@value #TYPE} event: set the status of one entry. Payload: {@code list_id} (string),
 * {@code idx} (integer ≥ 0), {@code status} ({@code VALID}, {@code INVALID} or {@code SUSPENDED}).
 *
 * @param eventId the event's id, which makes the command idempotent
 * @param listId  the list
 * @param idx     the entry's index
 * @param status  the status it is to have
 */
public record StatusCommand(String eventId, String listId, int idx, StatusValue status) {

    /** The event type of a status command. */
    public static final String TYPE = "status.change-requested";
    /** The queue status commands travel on. */
    public static final String QUEUE = "sigillum.status.commands";

    /**
     * @throws MalformedEventException when the event is not a well-formed status command; such a
     *         message can never succeed, and goes to the dead-letter queue after its redeliveries
     */
    public static StatusCommand of(EventEnvelope event) {
        if (!TYPE.equals(event.type())) {
            throw new MalformedEventException("the status command queue takes " + TYPE + " events, not " + event.type());
        }
        JsonObject payload = event.payload();
        String listId = text(payload, "list_id");
        if (listId.isEmpty() || listId.length() > 64) {
            throw new MalformedEventException("list_id is 1 to 64 characters");
        }
        if (!(payload.get("idx") instanceof JsonNumber idx) || !idx.isIntegral() || idx.longValue() < 0
                || idx.longValue() > Integer.MAX_VALUE) {
            throw new MalformedEventException("idx is a non-negative integer");
        }
        StatusValue status;
        try {
            status = StatusValue.valueOf(text(payload, "status"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("status is VALID, INVALID or SUSPENDED");
        }
        return new StatusCommand(event.id().toString(), listId, idx.intValue(), status);
    }

    private static String text(JsonObject payload, String name) {
        JsonValue value = payload.get(name);
        if (!(value instanceof JsonString text)) {
            throw new MalformedEventException(name + " is a string");
        }
        return text.getString();
    }
}
