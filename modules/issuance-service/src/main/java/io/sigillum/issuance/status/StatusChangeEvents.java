package io.sigillum.issuance.status;

import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import jakarta.json.Json;

import java.util.Locale;

/**
 * The status service's command: {@code status.change-requested} with {@code list_id}, {@code idx}
 * and {@code status} ({@code VALID}, {@code INVALID}, {@code SUSPENDED}) on queue
 * {@code sigillum.status.commands}. The status service applies each event once, by its id.
 */
public final class StatusChangeEvents {

    /** The status service's command queue. */
    public static final EventDestination QUEUE = EventDestination.queue("sigillum.status.commands");
    /** The event type. */
    public static final String TYPE = "status.change-requested";

    private StatusChangeEvents() {
    }

    /**
     * @param listId the status list
     * @param idx    the entry
     * @param status {@code valid}, {@code invalid} or {@code suspended}
     * @return the event, with a fresh id
     */
    public static EventEnvelope of(String listId, int idx, String status) {
        return EventEnvelope.of(TYPE, 1, Json.createObjectBuilder()
                .add("list_id", listId)
                .add("idx", idx)
                .add("status", status.toUpperCase(Locale.ROOT))
                .build());
    }
}
