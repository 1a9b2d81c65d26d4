package io.sigillum.keymanagement;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static io.sigillum.keymanagement.KmsCalls.ISSUANCE_SIGNER;
import static io.sigillum.keymanagement.KmsCalls.b64;
import static io.sigillum.keymanagement.KmsCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestStack.class)
@HelidonTest
class KeyLifecycleTest {

    private static final String PURPOSE = "credential-signing";
    private static final byte[] INPUT = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ0ZXN0In0".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private WebTarget target;
    private KmsCalls kms;
    private String scope;

    @BeforeEach
    void newScope() {
        kms = new KmsCalls(target);
        scope = KmsCalls.newScope();
    }

    @Test
    void isReady() {
        ServiceChecks.assertReady(target);
    }

    @Test
    void theFirstKeyIsActiveTheSecondIsNextAndAThirdIsRefused() {
        JsonObject first = kms.createKey(PURPOSE, scope);
        JsonObject second = kms.createKey(PURPOSE, scope);

        assertEquals("active", first.getString("state"));
        assertEquals("next", second.getString("state"));
        assertEquals("software", first.getString("backend"));
        assertEquals("ES256", first.getString("algorithm"));
        assertEquals(first.getString("kid"), first.getJsonObject("jwk").getString("kid"));
        assertFalse(first.getJsonObject("jwk").containsKey("d"), "no private member");
        try (Response third = kms.post("/keys", TestStack.token("kms-admin"),
                "{\"purpose\":\"" + PURPOSE + "\",\"scope\":\"" + scope + "\"}")) {
            JsonObject problem = problem(third, 409);
            assertEquals("urn:sigillum:problem:kms:lifecycle-conflict", problem.getString("type"));
            assertTrue(problem.getString("detail").contains(second.getString("kid")));
        }
        assertEquals(List.of(first.getString("kid"), second.getString("kid")).stream().sorted().toList(),
                PublicKeys.kids(kms.jwks(PURPOSE, scope)), "next keys are published before they sign");
    }

    @Test
    void rotationActivatesTheNextKeyAndWhatTheOldKeySignedStillVerifiesUntilRetirement() {
        String old = kms.createKey(PURPOSE, scope).getString("kid");
        String signedByOld;
        try (Response signed = kms.sign(ISSUANCE_SIGNER, old, b64(INPUT))) {
            assertEquals(200, signed.getStatus());
            signedByOld = signed.readEntity(JsonObject.class).getString("signature");
        }

        JsonObject rotation = kms.rotate(PURPOSE, scope);

        String activated = rotation.getJsonObject("activated").getString("kid");
        String next = rotation.getJsonObject("next").getString("kid");
        assertEquals(old, rotation.getJsonObject("retired").getString("kid"));
        assertEquals("retired", rotation.getJsonObject("retired").getString("state"));
        Instant verifyUntil = Instant.parse(rotation.getJsonObject("retired").getString("verifyUntil"));
        assertTrue(verifyUntil.isAfter(Instant.now().plusSeconds(89L * 24 * 3600)), "published for the default 90 days");
        assertEquals("active", rotation.getJsonObject("activated").getString("state"));
        assertEquals("next", rotation.getJsonObject("next").getString("state"));

        JsonArray published = kms.jwks(PURPOSE, scope);
        assertEquals(List.of(old, activated, next).stream().sorted().toList(), PublicKeys.kids(published));
        assertTrue(PublicKeys.verifies(PublicKeys.find(published, old).orElseThrow(), INPUT, signedByOld),
                "the retired key's signature verifies through the JWK Set");

        try (Response refused = kms.sign(ISSUANCE_SIGNER, old, b64(INPUT))) {
            JsonObject problem = problem(refused, 409);
            assertEquals("urn:sigillum:problem:kms:key-not-active", problem.getString("type"));
        }
        try (Response signed = kms.sign(ISSUANCE_SIGNER, activated, b64(INPUT))) {
            assertEquals(200, signed.getStatus());
            JsonObject body = signed.readEntity(JsonObject.class);
            assertEquals(activated, body.getString("kid"));
            assertTrue(PublicKeys.verifies(PublicKeys.find(published, activated).orElseThrow(), INPUT, body.getString("signature")));
        }
    }

    @Test
    void aKeyRetiredUntilNowIsNoLongerPublishedAndCanThenBeDestroyed() {
        String kid = kms.createKey(PURPOSE, scope).getString("kid");
        try (Response retired = kms.retire(kid, Instant.now().toString())) {
            assertEquals(200, retired.getStatus(), () -> retired.readEntity(String.class));
            assertEquals("retired", retired.readEntity(JsonObject.class).getString("state"));
        }
        assertEquals(List.of(), PublicKeys.kids(kms.jwks(PURPOSE, scope)));
        try (Response again = kms.retire(kid, null)) {
            problem(again, 409);
        }

        try (Response destroyed = kms.destroy(kid)) {
            assertEquals(200, destroyed.getStatus());
            JsonObject body = destroyed.readEntity(JsonObject.class);
            assertEquals("destroyed", body.getString("state"));
            assertFalse(body.containsKey("jwk"));
        }
        assertEquals(List.of("1"), TestDatabase.column(
                "SELECT COUNT(*) FROM key_management.managed_key WHERE kid = ? AND wrapped_key IS NULL", kid),
                "the wrapped private key is erased");
        try (Response again = kms.destroy(kid)) {
            problem(again, 409);
        }
    }

    @Test
    void concurrentCreationsMakeOneActiveAndOneNextKeyAndRefuseTheRest() throws Exception {
        String admin = TestStack.token("kms-admin");
        String body = "{\"purpose\":\"" + PURPOSE + "\",\"scope\":\"" + scope + "\"}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    try (Response response = kms.post("/keys", admin, body)) {
                        return response.getStatus();
                    }
                }));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(2, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(status -> status == 201 || status == 409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("active", "next"), TestDatabase.column(
                "SELECT state FROM key_management.managed_key WHERE scope = ? ORDER BY state", scope));
    }

    @Test
    void theActiveKeyCannotBeDestroyed() {
        String kid = kms.createKey(PURPOSE, scope).getString("kid");
        try (Response refused = kms.destroy(kid)) {
            assertTrue(problem(refused, 409).getString("detail").contains("rotate or retire"));
        }
        assertEquals("active", kms.key(kid).getString("state"));
    }

    @Test
    void everyLifecycleStepIsAuditedWithItsActorButNeverTheData() throws InterruptedException {
        String kid = kms.createKey(PURPOSE, scope).getString("kid");
        try (Response signed = kms.signBatch(ISSUANCE_SIGNER, kid, List.of(b64(INPUT), b64(INPUT), b64(INPUT)))) {
            assertEquals(200, signed.getStatus());
        }
        kms.rotate(PURPOSE, scope);

        List<String> trail = List.of();
        for (int attempt = 0; attempt < 50 && !trail.contains("issuance-test:sign:3"); attempt++) {
            Thread.sleep(100);
            trail = TestDatabase.column("SELECT actor || ':' || action || ':' || operations FROM key_management.key_audit"
                    + " WHERE kid = ? ORDER BY id", kid);
        }
        assertEquals(List.of("test-operator:create:1", "issuance-test:sign:3", "test-operator:retire:1"),
                trail.stream().sorted(KeyLifecycleTest::byStep).toList());
        assertEquals(List.of(), TestDatabase.column("SELECT detail FROM key_management.key_audit WHERE detail LIKE ?",
                "%" + b64(INPUT) + "%"));
    }

    private static int byStep(String a, String b) {
        List<String> order = List.of("create", "sign", "retire");
        return Integer.compare(order.indexOf(a.split(":")[1]), order.indexOf(b.split(":")[1]));
    }

    @Test
    void responseEncryptionKeysArePublishedForEncryptionAndSignNothing() {
        JsonObject key = kms.createKey("response-encryption", scope);
        assertEquals("ECDH-ES", key.getString("algorithm"));
        assertEquals("enc", key.getJsonObject("jwk").getString("use"));
        assertEquals("ECDH-ES", key.getJsonObject("jwk").getString("alg"));
    }

    @Test
    void keysOfOtherAlgorithmsAreMadeOnRequest() {
        for (String algorithm : List.of("ES384", "ES512", "EdDSA")) {
            String kid = kms.createKey(jakarta.json.Json.createObjectBuilder().add("purpose", "access-token-signing")
                    .add("scope", KmsCalls.newScope()).add("algorithm", algorithm)).getString("kid");
            try (Response signed = kms.sign(ISSUANCE_SIGNER, kid, b64(INPUT))) {
                assertEquals(200, signed.getStatus());
                JsonObject body = signed.readEntity(JsonObject.class);
                assertEquals(algorithm, body.getString("algorithm"));
                assertTrue(PublicKeys.verifies(kms.key(kid).getJsonObject("jwk"), INPUT, body.getString("signature")), algorithm);
            }
        }
    }

    @Test
    void theInventoryListsKeysByPurposeAndState() {
        String kid = kms.createKey("status-list-signing", scope).getString("kid");
        try (Response response = kms.get("/keys?purpose=status-list-signing&state=active", TestStack.token("kms-admin"))) {
            assertEquals(200, response.getStatus());
            List<JsonObject> keys = response.readEntity(JsonArray.class).getValuesAs(JsonObject.class);
            assertTrue(keys.stream().anyMatch(k -> k.getString("kid").equals(kid)));
            assertTrue(keys.stream().allMatch(k -> k.getString("state").equals("active")
                    && k.getString("purpose").equals("status-list-signing")));
        }
    }

    @Test
    void configuredSlotsGetAnActiveKeyAtStartUpAndKeepItOnLaterStarts() {
        for (String purpose : List.of("status-list-signing", "credential-signing")) {
            List<String> keys = TestDatabase.column("SELECT state FROM key_management.managed_key"
                    + " WHERE purpose = ? AND scope = 'provisioned'", purpose);
            assertEquals(List.of("active"), keys, purpose + ": one key, active");
            assertEquals(List.of("provisioning:create"), TestDatabase.column("SELECT a.actor || ':' || a.action"
                    + " FROM key_management.key_audit a JOIN key_management.managed_key k ON a.kid = k.kid"
                    + " WHERE k.purpose = ? AND k.scope = 'provisioned'", purpose), "audited as provisioning");
        }
        // Every replica provisions at start-up: a slot with an active key is left alone.
        try (Response response = kms.get("/signing-keys/status-list-signing?scope=provisioned",
                TestStack.tokenFor(KmsCalls.STATUS_SIGNER, "kms-signer"))) {
            assertEquals(200, response.getStatus());
        }
    }

    @Test
    void administrationIsForKeyAdministratorsOnly() {
        ServiceChecks.assertGuarded(target, "/keys", "kms-admin", "kms-signer");
        try (Response response = kms.post("/rotations", TestStack.token("kms-signer"), "{\"purpose\":\"" + PURPOSE + "\"}")) {
            assertEquals(403, response.getStatus());
        }
    }
}
