package io.sigillum.keymanagement;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.testing.SoftHsm;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import static io.sigillum.keymanagement.KmsCalls.STATUS_SIGNER;
import static io.sigillum.keymanagement.KmsCalls.b64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pkcs11 backend over the API, against a SoftHSM2 token: the same lifecycle, keys that never leave the token. */
@ExtendWith(TestStack.class)
@ExtendWith(SoftHsmBackend.class)
@HelidonTest
class Pkcs11BackendTest {

    private static final byte[] INPUT = "eyJhbGciOiJFUzI1NiJ9.eyJsaXN0IjoxfQ".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private WebTarget target;

    @Test
    void keysAreMadeSignedWithRotatedAndDestroyedInsideTheHsm() throws Exception {
        KmsCalls kms = new KmsCalls(target);
        String scope = KmsCalls.newScope();
        JsonObject created = kms.createKey(SoftHsmBackend.PURPOSE, scope);
        String kid = created.getString("kid");
        assertEquals("pkcs11", created.getString("backend"));
        assertEquals(List.of("1"), TestDatabase.column("SELECT COUNT(*) FROM key_management.managed_key"
                + " WHERE kid = ? AND wrapped_key IS NULL AND key_ref LIKE 'sigillum-%'", kid), "only the HSM label is stored");

        String signature;
        try (Response signed = kms.sign(STATUS_SIGNER, kid, b64(INPUT))) {
            assertEquals(200, signed.getStatus(), () -> signed.readEntity(String.class));
            signature = signed.readEntity(JsonObject.class).getString("signature");
        }
        try (Response signed = kms.sign(STATUS_SIGNER, kid, b64(MessageDigest.getInstance("SHA-256").digest(INPUT)), "digest")) {
            assertEquals(200, signed.getStatus());
            assertTrue(PublicKeys.verifies(created.getJsonObject("jwk"), INPUT, signed.readEntity(JsonObject.class).getString("signature")));
        }
        try (Response batch = kms.signBatch(STATUS_SIGNER, kid, List.of(b64(INPUT), b64(INPUT)))) {
            assertEquals(200, batch.getStatus());
            for (JsonString each : batch.readEntity(JsonObject.class).getJsonArray("signatures").getValuesAs(JsonString.class)) {
                assertTrue(PublicKeys.verifies(created.getJsonObject("jwk"), INPUT, each.getString()));
            }
        }

        kms.rotate(SoftHsmBackend.PURPOSE, scope);
        JsonArray published = kms.jwks(SoftHsmBackend.PURPOSE, scope);
        assertTrue(PublicKeys.verifies(PublicKeys.find(published, kid).orElseThrow(), INPUT, signature),
                "what the rotated-out HSM key signed still verifies through the JWK Set");

        long objectsBefore = SoftHsm.storedObjects();
        try (Response destroyed = kms.destroy(kid)) {
            assertEquals(200, destroyed.getStatus(), () -> destroyed.readEntity(String.class));
        }
        assertEquals(objectsBefore - 2, SoftHsm.storedObjects(), "the key and its placeholder certificate left the token");
    }

    @Test
    void anEd25519KeyIsRefusedByTheHsmBackendWithAClearProblem() {
        KmsCalls kms = new KmsCalls(target);
        try (Response refused = kms.post("/keys", TestStack.token("kms-admin"), "{\"purpose\":\"" + SoftHsmBackend.PURPOSE
                + "\",\"scope\":\"" + KmsCalls.newScope() + "\",\"algorithm\":\"EdDSA\"}")) {
            JsonObject problem = KmsCalls.problem(refused, 400);
            assertEquals("Keys of purpose status-list-signing live in the pkcs11 backend, which makes no EdDSA keys.",
                    problem.getString("detail"));
        }
    }
}
