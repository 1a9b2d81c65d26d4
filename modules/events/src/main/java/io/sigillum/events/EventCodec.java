package io.sigillum.events;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The JSON form of an {@link EventEnvelope}:
 * <pre>{"id":"…uuid…","type":"status.published","occurred_at":"2026-11-28T12:00:00Z","schema_version":1,"payload":{…}}</pre>
 */
public final class EventCodec {

    /** Envelopes larger than this are refused before parsing. */
    public static final int MAX_ENCODED_LENGTH = 256 * 1024;

    // Looked up once: Json.create…() looks the provider up again on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private EventCodec() {
    }

    /** Encodes the envelope as one JSON object. */
    public static String encode(EventEnvelope event) {
        return JSON.createObjectBuilder()
                .add("id", event.id().toString())
                .add("type", event.type())
                .add("occurred_at", event.occurredAt().toString())
                .add("schema_version", event.schemaVersion())
                .add("payload", event.payload())
                .build()
                .toString();
    }

    /**
     * Decodes an envelope.
     *
     * @throws MalformedEventException if the text is not a complete, valid envelope
     */
    public static EventEnvelope decode(String json) {
        if (json == null || json.length() > MAX_ENCODED_LENGTH) {
            throw new MalformedEventException("event missing or larger than " + MAX_ENCODED_LENGTH + " characters");
        }
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedEventException("event is not a JSON object", e);
        }
        try {
            return new EventEnvelope(
                    UUID.fromString(string(object, "id")),
                    string(object, "type"),
                    Instant.parse(string(object, "occurred_at")),
                    number(object, "schema_version"),
                    object(object, "payload"));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            throw new MalformedEventException("invalid event envelope: " + e.getMessage(), e);
        }
    }

    private static String string(JsonObject object, String name) {
        return member(object, name, JsonValue.ValueType.STRING) ? object.getString(name) : missing(name, "a string");
    }

    private static int number(JsonObject object, String name) {
        if (!member(object, name, JsonValue.ValueType.NUMBER) || !object.getJsonNumber(name).isIntegral()) {
            missing(name, "an integer");
        }
        return object.getJsonNumber(name).intValueExact();
    }

    private static JsonObject object(JsonObject object, String name) {
        return member(object, name, JsonValue.ValueType.OBJECT) ? object.getJsonObject(name) : missing(name, "an object");
    }

    private static boolean member(JsonObject object, String name, JsonValue.ValueType type) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == type;
    }

    private static <T> T missing(String name, String what) {
        throw new MalformedEventException("event member '" + name + "' must be " + what);
    }
}
