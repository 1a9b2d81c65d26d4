package io.sigillum.keymanagement;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.sigillum.keymanagement.KmsCalls.ISSUANCE_SIGNER;
import static io.sigillum.keymanagement.KmsCalls.STATUS_SIGNER;
import static io.sigillum.keymanagement.KmsCalls.b64;
import static io.sigillum.keymanagement.KmsCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing through the API: what works, and every bad input answered with a 4xx problem. */
@ExtendWith(TestStack.class)
@HelidonTest
class SigningTest {

    private static final byte[] INPUT = "eyJhbGciOiJFUzI1NiIsImtpZCI6IngifQ.eyJzdGF0dXMiOjF9".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private WebTarget target;
    private KmsCalls kms;
    private String scope;
    private JsonObject statusKey;

    @BeforeEach
    void aStatusListKey() {
        kms = new KmsCalls(target);
        scope = KmsCalls.newScope();
        statusKey = kms.createKey("status-list-signing", scope);
    }

    private String kid() {
        return statusKey.getString("kid");
    }

    @Test
    void theActiveKeyOfAGrantedPurposeIsNamedForTheHeader() {
        try (Response response = kms.get("/signing-keys/status-list-signing?scope=" + scope,
                TestStack.tokenFor(STATUS_SIGNER, "kms-signer"))) {
            assertEquals(200, response.getStatus());
            JsonObject key = response.readEntity(JsonObject.class);
            assertEquals(kid(), key.getString("kid"));
            assertEquals("ES256", key.getString("algorithm"));
        }
    }

    @Test
    void aSignatureVerifiesWithThePublishedKey() {
        try (Response response = kms.sign(STATUS_SIGNER, kid(), b64(INPUT))) {
            assertEquals(200, response.getStatus());
            JsonObject body = response.readEntity(JsonObject.class);
            assertEquals(kid(), body.getString("kid"));
            assertEquals("ES256", body.getString("algorithm"));
            assertTrue(PublicKeys.verifies(statusKey.getJsonObject("jwk"), INPUT, body.getString("signature")));
            assertFalse(PublicKeys.verifies(statusKey.getJsonObject("jwk"), "other".getBytes(StandardCharsets.US_ASCII),
                    body.getString("signature")));
        }
    }

    @Test
    void aSignedDigestVerifiesAsASignatureOfTheInput() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(INPUT);
        try (Response response = kms.sign(STATUS_SIGNER, kid(), b64(digest), "digest")) {
            assertEquals(200, response.getStatus());
            assertTrue(PublicKeys.verifies(statusKey.getJsonObject("jwk"), INPUT,
                    response.readEntity(JsonObject.class).getString("signature")));
        }
    }

    @Test
    void aBatchOf32SignsEveryInputInOrder() {
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            inputs.add(("eyJhbGciOiJFUzI1NiJ9.eyJpIjo" + i + "fQ").getBytes(StandardCharsets.US_ASCII));
        }
        try (Response response = kms.signBatch(STATUS_SIGNER, kid(), inputs.stream().map(KmsCalls::b64).toList())) {
            assertEquals(200, response.getStatus());
            List<String> signatures = response.readEntity(JsonObject.class).getJsonArray("signatures")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
            assertEquals(32, signatures.size());
            for (int i = 0; i < 32; i++) {
                assertTrue(PublicKeys.verifies(statusKey.getJsonObject("jwk"), inputs.get(i), signatures.get(i)), "input " + i);
            }
        }
    }

    @Test
    void aCallerWithoutTheGrantCannotSignWithAnotherPurposesKey() {
        try (Response refused = kms.sign(ISSUANCE_SIGNER, kid(), b64(INPUT))) {
            JsonObject problem = problem(refused, 403);
            assertEquals("urn:sigillum:problem:kms:purpose-not-granted", problem.getString("type"));
            assertEquals("Purpose not granted", problem.getString("title"));
        }
        try (Response refused = kms.signBatch(ISSUANCE_SIGNER, kid(), List.of(b64(INPUT)))) {
            problem(refused, 403);
        }
        try (Response refused = kms.get("/signing-keys/status-list-signing?scope=" + scope,
                TestStack.tokenFor(ISSUANCE_SIGNER, "kms-signer"))) {
            problem(refused, 403);
        }
        try (Response refused = kms.sign("nobody-granted", kid(), b64(INPUT))) {
            problem(refused, 403);
        }
    }

    @Test
    void signingNeedsTheSignerRoleAndAValidToken() {
        String body = Json.createObjectBuilder().add("kid", kid()).add("input", b64(INPUT)).build().toString();
        try (Response admin = kms.post("/signatures", TestStack.tokenFor(STATUS_SIGNER, "kms-admin"), body)) {
            assertEquals(403, admin.getStatus());
        }
        for (String token : List.of(TestStack.expiredToken("kms-signer"), TestStack.unsignedToken("kms-signer"),
                TestStack.tokenFromAnUntrustedKey("kms-signer"), TestStack.tokenFromAnotherIssuer("kms-signer"), "garbage")) {
            try (Response refused = kms.post("/signatures", token, body)) {
                assertEquals(401, refused.getStatus(), token);
            }
        }
        try (Response none = target.path("/signatures").request()
                .post(jakarta.ws.rs.client.Entity.json(body))) {
            assertEquals(401, none.getStatus());
        }
    }

    @Test
    void unknownRetiredAndNonSigningKeysAreRefused() {
        try (Response unknown = kms.sign(STATUS_SIGNER, "no-such-key", b64(INPUT))) {
            assertEquals("urn:sigillum:problem:kms:unknown-key", problem(unknown, 404).getString("type"));
        }
        String next = kms.createKey("status-list-signing", scope).getString("kid");
        try (Response notYet = kms.sign(STATUS_SIGNER, next, b64(INPUT))) {
            assertTrue(problem(notYet, 409).getString("detail").contains("is next"));
        }
        try (Response retired = kms.retire(kid(), null)) {
            assertEquals(200, retired.getStatus());
        }
        try (Response refused = kms.sign(STATUS_SIGNER, kid(), b64(INPUT))) {
            assertTrue(problem(refused, 409).getString("detail").contains("is retired"));
        }
        try (Response none = kms.get("/signing-keys/status-list-signing?scope=" + scope,
                TestStack.tokenFor(STATUS_SIGNER, "kms-signer"))) {
            assertEquals("urn:sigillum:problem:kms:no-active-key", problem(none, 404).getString("type"));
        }
    }

    @Test
    void malformedInputsAreRefusedWithAProblem() throws Exception {
        String signer = TestStack.tokenFor(STATUS_SIGNER, "kms-signer");
        List<String> bodies = List.of(
                "{not json",
                "[]",
                "{\"kid\":\"" + kid() + "\"}",
                "{\"kid\":\"" + kid() + "\",\"input\":\"\"}",
                "{\"kid\":\"" + kid() + "\",\"input\":\"not base64!\"}",
                "{\"kid\":\"" + kid() + "\",\"input\":\"" + b64(INPUT) + "==\"}",
                "{\"kid\":\"" + kid() + "\",\"input\":42,\"inputType\":\"raw\"}",
                "{\"input\":\"" + b64(INPUT) + "\"}",
                "{\"kid\":\"" + kid() + "\",\"input\":\"" + b64(new byte[31]) + "\",\"inputType\":\"digest\"}",
                "{\"kid\":\"" + kid() + "\",\"input\":\"" + b64(MessageDigest.getInstance("SHA-384").digest(INPUT))
                        + "\",\"inputType\":\"digest\"}");
        for (String body : bodies) {
            try (Response refused = kms.post("/signatures", signer, body)) {
                JsonObject problem = problem(refused, 400);
                assertFalse(problem.toString().contains("io.sigillum"), problem.toString());
                assertFalse(problem.toString().contains("Exception"), problem.toString());
            }
        }
    }

    @Test
    void oversizedInputsAndBatchesAreRefused() {
        try (Response tooLarge = kms.sign(STATUS_SIGNER, kid(), b64(new byte[4097]))) {
            assertEquals("urn:sigillum:problem:kms:too-large", problem(tooLarge, 413).getString("type"));
        }
        try (Response tooMany = kms.signBatch(STATUS_SIGNER, kid(), Collections.nCopies(65, b64(INPUT)))) {
            assertTrue(problem(tooMany, 413).getString("detail").contains("at most 64"));
        }
        try (Response empty = kms.signBatch(STATUS_SIGNER, kid(), List.of())) {
            problem(empty, 400);
        }
        try (Response oneBad = kms.signBatch(STATUS_SIGNER, kid(), List.of(b64(INPUT), "%%%"))) {
            assertTrue(problem(oneBad, 400).getString("detail").startsWith("Input 1 "));
        }
    }

    @Test
    void ed25519KeysSignNoDigestAndEncryptionKeysSignNothing() {
        String ed = kms.createKey(Json.createObjectBuilder().add("purpose", "status-list-signing")
                .add("scope", KmsCalls.newScope()).add("algorithm", "EdDSA")).getString("kid");
        try (Response refused = kms.sign(STATUS_SIGNER, ed, b64(new byte[32]), "digest")) {
            problem(refused, 400);
        }
        String encryption = kms.createKey("response-encryption", scope).getString("kid");
        try (Response refused = kms.sign("verification-all", encryption, b64(INPUT))) {
            problem(refused, 403);
        }
    }

    @Test
    void badAdministrationRequestsAreRefused() {
        String admin = TestStack.token("kms-admin");
        List<String> bodies = List.of(
                "{}",
                "{\"purpose\":\"world-domination\"}",
                "{\"purpose\":\"status-list-signing\",\"scope\":\"has space\"}",
                "{\"purpose\":\"status-list-signing\",\"scope\":\"" + "x".repeat(201) + "\"}",
                "{\"purpose\":\"status-list-signing\",\"algorithm\":\"HS256\"}",
                "{\"purpose\":\"status-list-signing\",\"algorithm\":\"none\"}",
                "{\"purpose\":\"status-list-signing\",\"algorithm\":\"ECDH-ES\"}",
                "{\"purpose\":\"response-encryption\",\"algorithm\":\"ES256\"}");
        for (String body : bodies) {
            try (Response refused = kms.post("/keys", admin, body)) {
                problem(refused, 400);
            }
        }
        try (Response past = kms.retire(kid(), "2000-01-01T00:00:00Z")) {
            problem(past, 400);
        }
        try (Response unknown = kms.retire("no-such-key", null)) {
            problem(unknown, 404);
        }
        try (Response unknown = kms.destroy("no-such-key")) {
            problem(unknown, 404);
        }
    }
}
