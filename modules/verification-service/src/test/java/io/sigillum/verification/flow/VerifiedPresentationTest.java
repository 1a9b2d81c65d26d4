package io.sigillum.verification.flow;

import com.nimbusds.jose.jwk.ECKey;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventPublisher;
import io.sigillum.events.testing.EmbeddedBroker;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.statuslist.list.Status;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real presentations end to end: a PID issued as an SD-JWT VC by an issuer the trust registry
 * trusts, its status in a served status list, presented with key binding to the request's
 * client identifier and nonce, encrypted to the transaction's key.
 */
@ExtendWith(TestStack.class)
@ExtendWith(VerifierTestConfig.class)
@ExtendWith(TrustedWorld.class)
@HelidonTest
class VerifiedPresentationTest {

    private static final String QUERY = "{\"credentials\":[{\"id\":\"pid\",\"format\":\"dc+sd-jwt\","
            + "\"meta\":{\"vct_values\":[\"urn:eudi:pid:1\"]},\"claims\":[{\"path\":[\"family_name\"]}]}]}";

    @Inject
    private WebTarget target;

    /** Opens a transaction, presents a PID whose status is in this list, and returns the relying party's view. */
    private JsonObject presentAndRead(URI statusList, int index, boolean bindToTheRequest) throws Exception {
        Verifier verifier = new Verifier(target);
        JsonObject created;
        try (Response response = verifier.create("{\"dcql_query\":" + QUERY + "}", TestStack.token("verifier-rp"))) {
            assertEquals(201, response.getStatus());
            created = response.readEntity(JsonObject.class);
        }
        String requestId = Verifier.requestId(created);
        JsonObject claims = Verifier.claims(verifier.requestObject(requestId));
        String nonce = bindToTheRequest ? claims.getString("nonce") : "another-transactions-nonce";
        String presentation = TrustedWorld.present(statusList, index, claims.getString("client_id"), nonce);
        ECKey key = Verifier.encryptionKey(claims);
        String payload = Json.createObjectBuilder()
                .add("vp_token", Json.createObjectBuilder().add("pid", Json.createArrayBuilder().add(presentation)))
                .add("state", claims.getString("state")).build().toString();
        int status;
        JsonObject answer;
        try (Response response = verifier.respond(requestId, Map.of("response",
                PresentationFlowTest.encrypt(payload, key, key.getKeyID())))) {
            status = response.getStatus();
            answer = response.readEntity(JsonObject.class);
        }
        JsonObject transaction = verifier.transactionJson(created.getString("transaction_id"));
        if ("verified".equals(transaction.getString("state"))) {
            assertEquals(200, status, answer.toString());
        } else {
            // Failed checks: recorded for the relying party, and the wallet told so rather than answered 200.
            assertEquals(400, status, answer.toString());
            assertEquals("invalid_request", answer.getString("error"));
            assertTrue(answer.getString("error_description").startsWith("The presentation was not accepted: "), answer.toString());
        }
        return transaction;
    }

    @Test
    void aValidPresentationIsVerifiedWithTheDisclosedClaims() throws Exception {
        JsonObject transaction = presentAndRead(TrustedWorld.statusList("valid", 7, Status.VALID), 7, true);
        assertEquals("verified", transaction.getString("state"), transaction.toString());
        assertFalse(transaction.containsKey("failures"));
        JsonObject credential = transaction.getJsonObject("credentials").getJsonArray("pid").getJsonObject(0);
        assertEquals(TrustedWorld.VCT, credential.getString("vct"));
        assertEquals(TrustedWorld.ISSUER, credential.getString("issuer"));
        assertEquals("Mustermann", credential.getJsonObject("claims").getString("family_name"));
        assertFalse(credential.getJsonObject("claims").containsKey("given_name"), "only what the query asked for");

        JsonObject health = target.path("/health/ready").request().get(JsonObject.class);
        JsonObject trust = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "trust".equals(c.getString("name"))).findFirst().orElseThrow();
        assertEquals("fresh", trust.getJsonObject("data").getString("source"));
        assertTrue(TrustedWorld.snapshotFetches() >= 1);
    }

    @Test
    void aRevokedCredentialFailsAndItsClaimsAreNotShown() throws Exception {
        JsonObject transaction = presentAndRead(TrustedWorld.statusList("revoked", 9, Status.INVALID), 9, true);
        assertEquals("failed", transaction.getString("state"));
        assertFalse(transaction.containsKey("credentials"));
        assertTrue(transaction.getJsonArray("failures").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> "revoked".equals(f.getString("reason"))), transaction.toString());
    }

    @Test
    void aKeyBindingForAnotherNonceFails() throws Exception {
        JsonObject transaction = presentAndRead(TrustedWorld.statusList("nonce", 3, Status.VALID), 3, false);
        assertEquals("failed", transaction.getString("state"));
        assertEquals("nonce_mismatch", transaction.getJsonArray("failures").getJsonObject(0).getString("reason"),
                transaction.toString());
    }

    @Test
    void aTrustChangedEventForANewerVersionRevalidatesTheSnapshotAtOnce() throws Exception {
        presentAndRead(TrustedWorld.statusList("trust", 2, Status.VALID), 2, true);
        int before = TrustedWorld.snapshotFetches();
        publish("sigillum.trust.changed", EventEnvelope.of("trust.changed", 1, Json.createObjectBuilder().add("version", 2).build()));
        // The periodic refresh is a minute away (sigillum.verification.trust.refresh): only the event explains a fetch now.
        for (int attempt = 0; attempt < 50 && TrustedWorld.snapshotFetches() == before; attempt++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertTrue(TrustedWorld.snapshotFetches() > before, "the snapshot was revalidated");
        // The registry here still serves version 1: the service tries again rather than settle for it.
        for (int attempt = 0; attempt < 50 && TrustedWorld.snapshotFetches() < before + 2; attempt++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertTrue(TrustedWorld.snapshotFetches() >= before + 2, "fetched again while behind the announced version");
    }

    private static void publish(String topic, EventEnvelope event) {
        try (JMSContext jms = EmbeddedBroker.connectionFactory(TestStack.broker().port()).createContext()) {
            new JmsEventPublisher(jms).publish(EventDestination.topic(topic).in(jms), event);
        }
    }

    @Test
    void aStatusPublishedEventEndsTheCachedCopyOfARevokedList() throws Exception {
        URI list = TrustedWorld.statusList("live", 5, Status.VALID);
        assertEquals("verified", presentAndRead(list, 5, true).getString("state"));
        TrustedWorld.setStatus("live", 5, Status.INVALID);
        assertEquals("verified", presentAndRead(list, 5, true).getString("state"),
                "within its ttl the verifier holds its copy of the list");
        publish("sigillum.status.published", EventEnvelope.of("status.published", 1, Json.createObjectBuilder()
                .add("uri", list.toString()).add("list_id", "live").add("version", 2).build()));
        // The event travels asynchronously; each attempt is a whole new presentation.
        String state = "verified";
        for (int attempt = 0; attempt < 50 && "verified".equals(state); attempt++) {
            TimeUnit.MILLISECONDS.sleep(100);
            state = presentAndRead(list, 5, true).getString("state");
        }
        assertEquals("failed", state, "the revocation is seen once the event has arrived");
    }
}
