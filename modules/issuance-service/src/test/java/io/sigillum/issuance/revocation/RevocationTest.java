package io.sigillum.issuance.revocation;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.events.EventCodec;
import io.sigillum.events.EventEnvelope;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Revoking and suspending issued credentials: the record changes and a
 * {@code status.change-requested} event reaches the status service's queue on the real broker.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class RevocationTest {

    private static final String PID = "eu.europa.ec.eudi.pid_vc_sd_jwt";
    private static final String BADGE = "io.sigillum.employee_badge_sd_jwt";

    @Inject
    private WebTarget target;

    @Test
    void revokingACredentialSendsTheStatusChangeThroughTheOutbox() throws Exception {
        String subject = "revoked-" + UUID.randomUUID();
        String id = issued(subject, PID, 41);
        try (JMSContext context = TestStack.broker().connectionFactory().createContext();
             JMSConsumer commands = context.createConsumer(context.createQueue("sigillum.status.commands"),
                     "sigillum_event_id IS NOT NULL")) {
            try (Response response = put("/credentials/" + id + "/status", "{\"status\":\"invalid\"}")) {
                assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
                assertEquals("invalid", response.readEntity(JsonObject.class).getString("status"));
            }
            EventEnvelope event = nextFor(commands, "list-" + subject);
            assertEquals("status.change-requested", event.type());
            assertEquals(41, event.payload().getInt("idx"));
            assertEquals("INVALID", event.payload().getString("status"));
        }
        try (Response again = put("/credentials/" + id + "/status", "{\"status\":\"valid\"}")) {
            assertEquals(409, again.getStatus(), "revocation is final");
        }
        try (Response unknown = put("/credentials/" + UUID.randomUUID() + "/status", "{\"status\":\"invalid\"}")) {
            assertEquals(404, unknown.getStatus());
        }
    }

    @Test
    void suspendingAPersonSuspendsWhatCanBeSuspendedAndNothingElse() throws Exception {
        String subject = "suspended-" + UUID.randomUUID();
        String pid = issued(subject, PID, 5);
        issued(subject, BADGE, 6);
        try (Response response = put("/people/" + subject + "/credential-status", "{\"status\":\"suspended\"}")) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            JsonArray changed = response.readEntity(JsonArray.class);
            assertEquals(1, changed.size(), "the badge's list has one bit per entry: no suspension");
            assertEquals(pid, changed.getJsonObject(0).getString("id"));
        }
        assertEquals("suspended", TestDatabase.column("SELECT status FROM issuance.issued_credential WHERE id = ?", pid).get(0));
        try (Response bad = put("/people/" + subject + "/credential-status", "{\"status\":\"gone\"}")) {
            assertEquals(400, bad.getStatus());
        }
    }

    @Test
    void statusChangesAreForIssuerAdministratorsOnly() {
        try (Response response = target.path("/credentials/x/status").request()
                .header("Authorization", "Bearer " + TestStack.token("verifier-rp")).put(Entity.json("{\"status\":\"invalid\"}"))) {
            assertEquals(403, response.getStatus());
        }
        try (Response response = target.path("/credentials/x/status").request().put(Entity.json("{\"status\":\"invalid\"}"))) {
            assertEquals(401, response.getStatus());
        }
    }

    private static EventEnvelope nextFor(JMSConsumer commands, String listId) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            TextMessage message = (TextMessage) commands.receive(1000);
            if (message != null) {
                EventEnvelope event = EventCodec.decode(message.getText());
                if (listId.equals(event.payload().getString("list_id"))) {
                    return event;
                }
            }
        }
        throw new AssertionError("no status command for " + listId + " reached the queue");
    }

    private String issued(String subject, String configuration, int idx) {
        String id = UUID.randomUUID().toString();
        String offer = "offer-" + id;
        TestDatabase.execute("INSERT INTO issuance.credential_offer (id, subject, state, created_at, expires_at)"
                + " VALUES (?, ?, 'redeemed', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", offer.substring(0, 40), subject);
        TestDatabase.execute("INSERT INTO issuance.issued_credential (id, offer_id, subject, credential_configuration_id,"
                + " holder_jkt, status_list_id, status_list_uri, status_idx, status, notification_id, issued_at, expires_at)"
                + " VALUES (?, ?, ?, ?, 'jkt', ?, 'https://status.example/l', ?, 'valid', 'n', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)", id, offer.substring(0, 40), subject, configuration, "list-" + subject, idx);
        return id;
    }

    private Response put(String path, String json) {
        return target.path(path).request().header("Authorization", "Bearer " + TestStack.token("issuer-admin"))
                .put(Entity.json(json));
    }
}
