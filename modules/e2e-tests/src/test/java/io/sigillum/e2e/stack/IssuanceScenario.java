package io.sigillum.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.statuslist.list.Status;
import io.sigillum.wallet.Wallet;
import io.sigillum.wallet.store.StoredCredential;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenID4VCI through the running stack: a batch of PIDs to the test wallet through the gateway,
 * trusted by the registry the dev stack seeded, recorded by the issuer without claims, and a
 * revocation carried by the outbox to the status list the gateway serves.
 */
final class IssuanceScenario {

    private final StackActors actors;

    IssuanceScenario(StackActors actors) {
        this.actors = actors;
    }

    void aBatchOfPidsIsTrustedRecordedAndRevocable() throws Exception {
        String subject = "e2e-" + UUID.randomUUID();
        Wallet wallet = actors.wallet(2);
        List<StoredCredential> received = actors.issuePid(wallet, subject);

        assertEquals(2, received.size(), "one credential per key of the batch");
        assertNotEquals(received.get(0).holderKey().orElseThrow().getPublic(), received.get(1).holderKey().orElseThrow().getPublic(),
                "each credential is bound to its own key");
        for (StoredCredential credential : received) {
            assertEquals("urn:eudi:pid:1", credential.vct());
            assertEquals(StackActors.GATEWAY, credential.issuer());
            assertEquals("Erika", credential.claims().get("given_name"));
            assertEquals(Boolean.TRUE, ((Map<?, ?>) credential.claims().get("age_equal_or_over")).get("18"));
        }
        assertNotEquals(received.get(0).status(), received.get(1).status(), "each has its own status entry");

        // The trust registry, seeded by up with the deployment's issuer, trusts what it issued.
        String compact = received.get(0).compact();
        JsonNode header = StackActors.json(new String(Base64.getUrlDecoder().decode(compact.substring(0, compact.indexOf('.')))));
        HttpResponse<String> evaluation = actors.https().post(URI.create(StackActors.GATEWAY + "/trust/evaluations"),
                actors.token("verifier-rp"), "{\"x5c\":" + header.get("x5c") + ",\"credentialType\":{\"vct\":\"urn:eudi:pid:1\"}}");
        assertEquals(200, evaluation.statusCode(), evaluation.body());
        assertTrue(StackActors.json(evaluation.body()).path("trusted").asBoolean(), evaluation.body());
        assertTrue(evaluation.body().contains(StackActors.GATEWAY), evaluation.body());
        HttpResponse<String> issued = actors.https().get(URI.create(StackActors.GATEWAY + "/admin/issuance/credentials?subject="
                + subject), actors.token("issuer-admin"));
        assertEquals(200, issued.statusCode(), issued.body());
        JsonNode records = StackActors.json(issued.body());
        assertEquals(2, records.size(), "the issuer recorded both, without their claims");
        assertTrue(!issued.body().contains("Erika"), "no claim in the records: " + issued.body());

        // The operator revokes one: the outbox carries it to the status service, whose list the gateway serves.
        JsonNode revoked = records.get(0);
        HttpResponse<String> revocation = actors.https().put(URI.create(StackActors.GATEWAY + "/admin/issuance/credentials/"
                + revoked.get("id").asText() + "/status"), actors.token("issuer-admin"), "{\"status\":\"invalid\"}");
        assertEquals(200, revocation.statusCode(), revocation.body());
        StoredCredential revokedCredential = received.stream()
                .filter(c -> c.status().orElseThrow().index() == revoked.get("statusIdx").asLong()
                        && c.status().orElseThrow().uri().toString().equals(revoked.get("statusListUri").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("the record names an entry of a received credential: " + revoked));
        actors.awaitStatus(revokedCredential, Status.INVALID);
    }
}
