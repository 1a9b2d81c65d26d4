package io.sigillum.events;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventCodecTest {

    private static final EventEnvelope EVENT = new EventEnvelope(
            UUID.fromString("6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f"),
            "status.published",
            Instant.parse("2026-11-28T12:00:00Z"),
            1,
            Json.createObjectBuilder().add("uri", "https://status.example/lists/1").add("version", 7).build());

    @Test
    void encodesTheDocumentedShape() {
        assertEquals("{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"status.published\","
                        + "\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":1,"
                        + "\"payload\":{\"uri\":\"https://status.example/lists/1\",\"version\":7}}",
                EventCodec.encode(EVENT));
    }

    @Test
    void decodesWhatItEncodes() {
        assertEquals(EVENT, EventCodec.decode(EventCodec.encode(EVENT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "[]",
            "{}",
            "{\"id\":\"not-a-uuid\",\"type\":\"a.b\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":1,\"payload\":{}}",
            "{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"NoDots\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":1,\"payload\":{}}",
            "{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"a.b\",\"occurred_at\":\"yesterday\",\"schema_version\":1,\"payload\":{}}",
            "{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"a.b\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":0,\"payload\":{}}",
            "{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"a.b\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":1.5,\"payload\":{}}",
            "{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"a.b\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":99999999999,\"payload\":{}}",
            "{\"id\":\"6f1c2a9e-3d4b-4c5d-8e9f-0a1b2c3d4e5f\",\"type\":\"a.b\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":1,\"payload\":[]}",
            "{\"id\":7,\"type\":\"a.b\",\"occurred_at\":\"2026-11-28T12:00:00Z\",\"schema_version\":1,\"payload\":{}}"
    })
    void refusesAnythingButACompleteEnvelope(String json) {
        assertThrows(MalformedEventException.class, () -> EventCodec.decode(json));
    }

    @Test
    void refusesOversizedInputBeforeParsing() {
        String huge = "{\"pad\":\"" + "x".repeat(EventCodec.MAX_ENCODED_LENGTH) + "\"}";
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> EventCodec.decode(huge));
        assertEquals("event missing or larger than 262144 characters", e.getMessage());
    }
}
