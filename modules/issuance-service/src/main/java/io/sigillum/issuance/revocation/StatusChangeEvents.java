package io.sigillum.issuance.revocation;

import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import io.sigillum.issuance.credential.IssuedCredentialRecord;
import jakarta.json.Json;

import java.util.Locale;

/**
 * The status service's command: {@code status.change-requested} with {@code list_id}, {@code idx}
 * and {@code status} ({@code VALID}, {@code INVALID}, {@code SUSPENDED}) on queue
 * {@code sigillum.status.commands}. The status service applies each event once, by its id.
 */
final class StatusChangeEvents {

    static final EventDestination QUEUE = EventDestination.queue("sigillum.status.commands");
    static final String TYPE = "status.change-requested";

    private StatusChangeEvents() {
    }

    static EventEnvelope of(IssuedCredentialRecord credential, String status) {
        return EventEnvelope.of(TYPE, 1, Json.createObjectBuilder()
                .add("list_id", credential.statusListId())
                .add("idx", credential.statusIdx())
                .add("status", status.toUpperCase(Locale.ROOT))
                .build());
    }
}
