package io.sigillum.issuance.flow;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static io.sigillum.issuance.flow.OfferAndTokenTest.assertOAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deferred issuance while the authentic source says "not yet", and the notification endpoint.
 * Issuing once the source is ready runs against real status and key-management services in the
 * end-to-end tests.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class DeferralAndNotificationTest {

    @Inject
    private WebTarget target;

    @Test
    void aPendingPersonGetsATransactionIdAndTheDeferredEndpointSaysWait() {
        String subject = "pending-" + UUID.randomUUID();
        putPerson(subject, "{\"attributes\":{\"given_name\":\"Ada\"},\"pending\":true}");
        WalletRequests wallet = new WalletRequests(target);
        String code = WalletRequests.code(WalletRequests.offerObject(
                wallet.offer(subject, null, false, WalletRequests.PID).getString("offerUri")));
        String token = wallet.accessToken(code, null);
        String nonce = wallet.dpopNonce();
        String proof = WalletRequests.keyProof(EcKeyPairs.p256(), wallet.cNonce());
        String transactionId;
        try (Response deferred = wallet.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(proof)),
                "DPoP " + token, wallet.dpop("POST", "/credential", nonce, token))) {
            assertEquals(202, deferred.getStatus());
            assertEquals("no-store", deferred.getHeaderString("Cache-Control"));
            JsonObject body = deferred.readEntity(JsonObject.class);
            transactionId = body.getString("transaction_id");
            assertTrue(body.getInt("interval") > 0);
        }
        try (Response again = deferredRequest(wallet, token, nonce, "{\"transaction_id\":\"" + transactionId + "\"}")) {
            assertEquals(202, again.getStatus());
            assertEquals(transactionId, again.readEntity(JsonObject.class).getString("transaction_id"));
        }
        try (Response unknown = deferredRequest(wallet, token, nonce, "{\"transaction_id\":\"nope\"}")) {
            assertOAuthError(unknown, 400, "invalid_transaction_id");
        }
        WalletRequests other = new WalletRequests(target);
        String otherToken = other.accessToken(WalletRequests.code(WalletRequests.offerObject(
                other.offer(subject, null, false, WalletRequests.PID).getString("offerUri"))), null);
        try (Response foreign = deferredRequest(other, otherToken, nonce, "{\"transaction_id\":\"" + transactionId + "\"}")) {
            assertOAuthError(foreign, 400, "invalid_transaction_id");
        }
        try (Response twice = wallet.credential(WalletRequests.requestBody(WalletRequests.PID,
                        List.of(WalletRequests.keyProof(EcKeyPairs.p256(), wallet.cNonce()))),
                "DPoP " + token, wallet.dpop("POST", "/credential", nonce, token))) {
            assertOAuthError(twice, 400, "invalid_credential_request");
        }
    }

    @Test
    void notificationsAreRecordedForTheTokensOwnCredentialsOnly() {
        String subject = "notified-" + UUID.randomUUID();
        WalletRequests wallet = new WalletRequests(target);
        String code = WalletRequests.code(WalletRequests.offerObject(
                wallet.offer(subject, null, false, WalletRequests.PID).getString("offerUri")));
        String token = wallet.accessToken(code, null);
        String offerId = TestDatabase.column("SELECT offer_id FROM issuance.access_token ORDER BY expires_at DESC").get(0);
        TestDatabase.execute("INSERT INTO issuance.issued_credential (id, offer_id, subject, credential_configuration_id,"
                + " holder_jkt, status_list_id, status_list_uri, status_idx, status, notification_id, issued_at, expires_at)"
                + " VALUES (?, ?, ?, ?, 'jkt', 'list', 'https://status.example/l', 7, 'valid', 'note-1',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", UUID.randomUUID().toString(), offerId, subject, WalletRequests.PID);
        String nonce = wallet.dpopNonce();
        try (Response accepted = notify(wallet, token, nonce,
                "{\"notification_id\":\"note-1\",\"event\":\"credential_accepted\"}")) {
            assertEquals(204, accepted.getStatus());
        }
        assertEquals(List.of("credential_accepted"), TestDatabase.column(
                "SELECT event FROM issuance.credential_notification WHERE notification_id = 'note-1'"));
        try (Response unknown = notify(wallet, token, nonce, "{\"notification_id\":\"other\",\"event\":\"credential_deleted\"}")) {
            assertOAuthError(unknown, 400, "invalid_notification_id");
        }
        try (Response badEvent = notify(wallet, token, nonce, "{\"notification_id\":\"note-1\",\"event\":\"liked_it\"}")) {
            assertOAuthError(badEvent, 400, "invalid_notification_request");
        }
    }

    private Response notify(WalletRequests wallet, String token, String nonce, String body) {
        return target.path("/notification").request(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", "DPoP " + token).header("DPoP", wallet.dpop("POST", "/notification", nonce, token))
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    private Response deferredRequest(WalletRequests wallet, String token, String nonce, String body) {
        return target.path("/deferred-credential").request(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", "DPoP " + token)
                .header("DPoP", wallet.dpop("POST", "/deferred-credential", nonce, token))
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    private void putPerson(String subject, String json) {
        try (Response response = target.path("/people/" + subject).request()
                .header("Authorization", "Bearer " + TestStack.token("issuer-admin")).put(Entity.json(json))) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
        }
    }
}
