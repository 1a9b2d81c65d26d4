package io.sigillum.status;

import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventPublisher;
import io.sigillum.platform.testing.TestStack;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status API as the tests call it: allocate, change, and read problems. */
final class StatusCalls {

    private final WebTarget target;

    StatusCalls(WebTarget target) {
        this.target = target;
    }

    Response send(String method, String path, String token, String json) {
        var request = target.path(path).request(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.method(method, Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    /** A new entry of a list of the type; asserts the 201 and its Location. */
    JsonObject allocate(String listType) {
        try (Response response = send("POST", "/allocations", TestStack.token("status-issuer"),
                "{\"listType\":\"" + listType + "\"}")) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            JsonObject entry = response.readEntity(JsonObject.class);
            assertTrue(response.getLocation().getPath().endsWith(
                    "/status-lists/" + entry.getString("listId") + "/entries/" + entry.getInt("idx")));
            return entry;
        }
    }

    Response change(JsonObject entry, String status) {
        return send("PUT", "/status-lists/" + entry.getString("listId") + "/entries/" + entry.getInt("idx"),
                TestStack.token("status-admin"), "{\"status\":\"" + status + "\"}");
    }

    /** Changes an entry's status and asserts the 200. */
    void changeTo(JsonObject entry, String status) {
        try (Response response = change(entry, status)) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
        }
    }

    /** A {@code status.change-requested} event for an entry, as issuance sends it. */
    static EventEnvelope command(JsonObject entry, String status) {
        return EventEnvelope.of("status.change-requested", 1, Json.createObjectBuilder()
                .add("list_id", entry.getString("listId")).add("idx", entry.getInt("idx")).add("status", status).build());
    }

    /** Sends events, persistent, to the status command queue of the test broker. */
    static void sendCommands(EventEnvelope... events) {
        try (JMSContext context = TestStack.broker().connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JmsEventPublisher publisher = new JmsEventPublisher(context);
            for (EventEnvelope event : events) {
                publisher.publish(context.createQueue("sigillum.status.commands"), event);
            }
        }
    }

    /** Asserts an RFC 9457 problem with this status and returns it. */
    static JsonObject problem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertEquals("application/problem+json", response.getMediaType().toString(), body);
        return Json.createReader(new StringReader(body)).readObject();
    }
}
