package io.sigillum.verification.flow;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A relying party opens transactions, a wallet fetches their request objects and answers, over HTTP. */
@ExtendWith(TestStack.class)
@ExtendWith(VerifierTestConfig.class)
@HelidonTest
class PresentationFlowTest {

    private static final String PUBLIC_URL = "https://localhost:8082";

    @Inject
    private WebTarget target;

    private Verifier verifier() {
        return new Verifier(target);
    }

    // --- the relying party's API ---

    @Test
    void aTransactionOpensWithAnAuthorizationRequestByReference() throws Exception {
        JsonObject created = verifier().open("");
        String requestId = Verifier.requestId(created);
        assertEquals(PUBLIC_URL + "/requests/" + requestId, created.getString("request_uri"));
        String clientId = "x509_hash:" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(VerifierTestConfig.signing().certificate().getEncoded()));
        assertEquals("openid4vp://?client_id=" + enc(clientId) + "&request_uri=" + enc(created.getString("request_uri"))
                + "&request_uri_method=post", created.getString("authorization_request"));
        JsonObject transaction = verifier().transactionJson(created.getString("transaction_id"));
        assertEquals("pending", transaction.getString("state"));
        assertEquals(created.getString("expires_at"), transaction.getString("expires_at"));
        assertFalse(transaction.containsKey("credentials"));
        assertFalse(transaction.containsKey("failures"));
    }

    @Test
    void onlyRelyingPartiesOpenAndReadTransactions() {
        String body = "{\"dcql_query\":" + Verifier.PID_QUERY + "}";
        try (Response response = verifier().create(body, null)) {
            assertEquals(401, response.getStatus());
        }
        try (Response response = verifier().create(body, TestStack.token("issuer-admin"))) {
            assertEquals(403, response.getStatus());
        }
        String id = verifier().open("").getString("transaction_id");
        ServiceChecks.assertGuarded(target, "/transactions/" + id, "verifier-rp", "issuer-admin");
        ServiceChecks.assertGuarded(target, "/transactions/" + id + "/qr", "verifier-rp", "issuer-admin");
    }

    @Test
    void anotherRelyingPartysTransactionLooksUnknown() {
        String id = verifier().open("").getString("transaction_id");
        try (Response response = ServiceChecks.get(target, "/transactions/" + id, TestStack.tokenFor("another-rp", "verifier-rp"))) {
            assertEquals(404, response.getStatus());
        }
    }

    @Test
    void badRequestsAreProblems() {
        assertProblem("{\"dcql_query\":{\"credentials\":[]}}", 400);
        assertProblem("{\"dcql_query\":{\"credentials\":[{\"id\":\"pid\",\"format\":\"dc+sd-jwt\",\"surprise\":1}]}}", 400);
        assertProblem("{}", 400);
        assertProblem("{\"dcql_query\":" + Verifier.PID_QUERY + ",\"flow\":\"same_device\"}", 400);
        assertProblem("{\"dcql_query\":" + Verifier.PID_QUERY + ",\"redirect_uri\":\"https://rp.example/done\"}", 400);
        assertProblem("{\"dcql_query\":" + Verifier.PID_QUERY + ",\"flow\":\"same_device\",\"redirect_uri\":\"https://rp.example/done#x\"}", 400);
        assertProblem("{\"dcql_query\":" + Verifier.PID_QUERY + ",\"response_mode\":\"fragment\"}", 400);
        // Unsigned requests are for development only; this deployment does not allow them.
        assertProblem("{\"dcql_query\":" + Verifier.PID_QUERY + ",\"client_id_prefix\":\"redirect_uri\"}", 409);
    }

    private void assertProblem(String body, int status) {
        try (Response response = verifier().create(body, TestStack.token("verifier-rp"))) {
            assertEquals(status, response.getStatus(), body);
            assertEquals("application/problem+json", response.getMediaType().toString(), body);
        }
    }

    @Test
    void theQrCodeHoldsTheAuthorizationRequest() throws Exception {
        JsonObject created = verifier().open("");
        try (Response response = ServiceChecks.get(target, "/transactions/" + created.getString("transaction_id") + "/qr",
                TestStack.token("verifier-rp"))) {
            assertEquals(200, response.getStatus());
            assertEquals("image/png", response.getMediaType().toString());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.readEntity(byte[].class)));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    // A rendered code, not a photo: without this the finder-pattern search misses some codes.
                    java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            assertEquals(created.getString("authorization_request"), text);
        }
    }

    @Test
    void waitIsBounded() {
        String id = verifier().open("").getString("transaction_id");
        try (Response response = verifier().transaction(id, "wait=31")) {
            assertEquals(400, response.getStatus());
        }
        try (Response response = verifier().transaction(id, "wait=1")) {
            assertEquals("pending", response.readEntity(JsonObject.class).getString("state"));
        }
    }

    @Test
    void aLongPollReturnsTheAnswer() throws Exception {
        JsonObject created = verifier().open("");
        String requestId = Verifier.requestId(created);
        String state = Verifier.claims(verifier().requestObject(requestId)).getString("state");
        CompletableFuture<JsonObject> poll = CompletableFuture.supplyAsync(() -> {
            try (Response response = verifier().transaction(created.getString("transaction_id"), "wait=30")) {
                return response.readEntity(JsonObject.class);
            }
        });
        try (Response response = verifier().respond(requestId, Map.of("error", "access_denied", "state", state))) {
            assertEquals(200, response.getStatus());
        }
        assertEquals("failed", poll.get().getString("state"));
    }

    // --- the request object ---

    @Test
    void theRequestObjectCarriesWhatOpenId4VpAsksFor() throws Exception {
        JsonObject created = verifier().open("");
        String requestId = Verifier.requestId(created);
        JWSObject jws = verifier().requestObject(requestId);
        assertEquals("oauth-authz-req+jwt", jws.getHeader().getType().toString());
        assertEquals("ES256", jws.getHeader().getAlgorithm().getName());
        assertEquals(Base64.getEncoder().encodeToString(VerifierTestConfig.signing().certificate().getEncoded()),
                jws.getHeader().getX509CertChain().get(0).toString());
        JsonObject claims = Verifier.claims(jws);
        assertTrue(created.getString("authorization_request").contains("client_id=" + enc(claims.getString("client_id"))));
        assertEquals("vp_token", claims.getString("response_type"));
        assertEquals("direct_post.jwt", claims.getString("response_mode"));
        assertEquals(PUBLIC_URL + "/responses/" + requestId, claims.getString("response_uri"));
        assertTrue(claims.getString("nonce").length() >= 22, "at least 128 bits");
        assertTrue(claims.getString("state").length() >= 22);
        assertEquals(Json.createReader(new StringReader(Verifier.PID_QUERY)).readObject(), claims.getJsonObject("dcql_query"));
        assertEquals("https://self-issued.me/v2", claims.getString("aud"));
        assertEquals(Instant.parse(created.getString("expires_at")).getEpochSecond(), claims.getJsonNumber("exp").longValue());
        assertTrue(claims.getJsonNumber("iat").longValue() <= claims.getJsonNumber("exp").longValue());
        JsonObject metadata = claims.getJsonObject("client_metadata");
        JsonObject sdJwt = metadata.getJsonObject("vp_formats_supported").getJsonObject("dc+sd-jwt");
        assertEquals(Json.createArrayBuilder().add("ES256").build(), sdJwt.getJsonArray("sd-jwt_alg_values"));
        assertEquals(Json.createArrayBuilder().add("ES256").build(), sdJwt.getJsonArray("kb-jwt_alg_values"));
        assertEquals(Json.createArrayBuilder().add("A128GCM").add("A256GCM").build(), metadata.getJsonArray("encrypted_response_enc_values_supported"));
        JsonObject jwk = metadata.getJsonObject("jwks").getJsonArray("keys").getJsonObject(0);
        assertEquals("EC", jwk.getString("kty"));
        assertEquals("P-256", jwk.getString("crv"));
        assertEquals("enc", jwk.getString("use"));
        assertEquals("ECDH-ES", jwk.getString("alg"));
        assertTrue(jwk.containsKey("kid"));
        assertFalse(jwk.containsKey("d"), "the private part never leaves");
        assertFalse(claims.containsKey("wallet_nonce"));
    }

    @Test
    void aWalletThatPostsGetsItsNonceBack() throws Exception {
        String requestId = Verifier.requestId(verifier().open(""));
        var form = new jakarta.ws.rs.core.Form().param("wallet_metadata", "{\"vp_formats_supported\":{}}")
                .param("wallet_nonce", "wallet-nonce-1");
        try (Response response = target.path("/requests/" + requestId).request().post(jakarta.ws.rs.client.Entity.form(form))) {
            assertEquals(200, response.getStatus());
            assertEquals("wallet-nonce-1", Verifier.claims(Verifier.verified(response.readEntity(String.class))).getString("wallet_nonce"));
        }
        var bad = new jakarta.ws.rs.core.Form().param("wallet_metadata", "[1]");
        try (Response response = target.path("/requests/" + requestId).request().post(jakarta.ws.rs.client.Entity.form(bad))) {
            assertEquals(400, response.getStatus());
        }
    }

    @Test
    void x509SanDnsNamesTheCertificatesDnsNameAndPlainPostsCarryNoKey() throws Exception {
        JsonObject created = verifier().open("\"client_id_prefix\":\"x509_san_dns\",\"response_mode\":\"direct_post\"");
        JsonObject claims = Verifier.claims(verifier().requestObject(Verifier.requestId(created)));
        assertEquals("x509_san_dns:localhost", claims.getString("client_id"));
        assertEquals("direct_post", claims.getString("response_mode"));
        assertFalse(claims.getJsonObject("client_metadata").containsKey("jwks"));
    }

    // --- the response URI ---

    @Test
    void answersForUnknownOrExpiredRequestsAreRefused() {
        TestDatabase.execute("INSERT INTO verification.presentation_transaction (id, request_id, state, created_at, expires_at,"
                        + " dcql_query, nonce, oauth_state, client_id, response_mode, flow) VALUES (?, ?, 'pending',"
                        + " CURRENT_TIMESTAMP, ?, ?, 'n', 'expired-state', 'x509_hash:x', 'direct_post', 'cross_device')",
                "t-flow-expired", "r-flow-expired", Timestamp.from(Instant.now().minusSeconds(1)), Verifier.PID_QUERY);
        assertRefused(verifier().respond("r-flow-expired", Map.of("error", "access_denied", "state", "expired-state")), 400);
        assertRefused(verifier().respond("no-such-request", Map.of("error", "access_denied", "state", "s")), 400);
    }

    @Test
    void anEncryptedRequestRefusesWhatIsNotEncryptedToItsKey() throws Exception {
        JsonObject created = verifier().open("");
        String requestId = Verifier.requestId(created);
        JsonObject claims = Verifier.claims(verifier().requestObject(requestId));
        String state = claims.getString("state");
        ECKey key = Verifier.encryptionKey(claims);
        String payload = "{\"vp_token\":{\"pid\":[\"x\"]},\"state\":\"" + state + "\"}";

        assertRefused(verifier().respond(requestId, Map.of("vp_token", "{\"pid\":[\"x\"]}", "state", state)), 400);
        String unsecured = b64("{\"alg\":\"none\"}") + "." + b64(payload) + ".";
        assertRefused(verifier().respond(requestId, Map.of("response", unsecured)), 400);
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(key.getKeyID()).generate();
        assertRefused(verifier().respond(requestId, Map.of("response", encrypt(payload, stranger.toPublicJWK(), key.getKeyID()))), 400);
        assertRefused(verifier().respond(requestId, Map.of("response", encrypt(payload, key, "another-kid"))), 400);
        assertRefused(verifier().respond(requestId, Map.of("response",
                encrypt("{\"vp_token\":{\"pid\":[\"x\"]},\"state\":\"wrong\"}", key, key.getKeyID()))), 400);
        assertRefused(verifier().respond(requestId, Map.of("response", encrypt(payload, key, key.getKeyID(), EncryptionMethod.A192GCM))), 400);
        assertRefused(verifier().respond(requestId, Map.of()), 400);
        assertEquals("pending", verifier().transactionJson(created.getString("transaction_id")).getString("state"),
                "a refused answer changes nothing");

        try (Response response = verifier().respond(requestId, Map.of("response", encrypt(payload, key, key.getKeyID())))) {
            assertEquals(400, response.getStatus(), "a presentation that fails its checks is not answered 200");
            assertEquals("no-store", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
            JsonObject error = response.readEntity(JsonObject.class);
            assertEquals("invalid_request", error.getString("error"));
            assertTrue(error.getString("error_description").startsWith("The presentation was not accepted: "),
                    error.toString());
        }
        JsonObject transaction = verifier().transactionJson(created.getString("transaction_id"));
        assertEquals("failed", transaction.getString("state"), "\"x\" is no presentation");
        assertFalse(transaction.containsKey("credentials"), "a failed presentation shows no claims");
        assertFalse(transaction.getJsonArray("failures").isEmpty());
        assertTrue(TestDatabase.column("SELECT encryption_jwk FROM verification.presentation_transaction WHERE id = ?",
                created.getString("transaction_id")).contains(null), "the key is erased once the answer is processed");

        assertRefused(verifier().respond(requestId, Map.of("response", encrypt(payload, key, key.getKeyID()))), 400);
        try (Response response = target.path("/requests/" + requestId).request().get()) {
            assertEquals(404, response.getStatus(), "an answered request is no longer served");
        }
    }

    @Test
    void aPlainRequestTakesVpTokenAndStateAndRefusesTheRest() throws Exception {
        JsonObject created = verifier().open("\"response_mode\":\"direct_post\"");
        String requestId = Verifier.requestId(created);
        String state = Verifier.claims(verifier().requestObject(requestId)).getString("state");
        assertRefused(verifier().respond(requestId, Map.of("response", "a.b.c.d.e", "state", state)), 400);
        assertRefused(verifier().respond(requestId, Map.of("vp_token", "{}")), 400);
        assertRefused(verifier().respond(requestId, Map.of("vp_token", "{}", "state", "not-the-state")), 400);
        assertRefused(verifier().respond(requestId, Map.of("vp_token", "x".repeat(1024 * 1024 + 1), "state", state)), 413);

        try (Response response = verifier().respond(requestId, Map.of("vp_token", "not json", "state", state))) {
            assertEquals(400, response.getStatus());
            assertEquals("The presentation was not accepted: malformed_vp_token.",
                    response.readEntity(JsonObject.class).getString("error_description"));
        }
        JsonObject transaction = verifier().transactionJson(created.getString("transaction_id"));
        assertEquals("failed", transaction.getString("state"));
        assertEquals("malformed_vp_token", transaction.getJsonArray("failures").getJsonObject(0).getString("reason"));
        assertRefused(verifier().respond(requestId, Map.of("vp_token", "{}", "state", state)), 400);
    }

    @Test
    void aWalletErrorFailsTheTransactionAndSameDeviceReadsNeedTheResponseCode() throws Exception {
        JsonObject created = verifier().open("\"flow\":\"same_device\",\"redirect_uri\":\"https://rp.example/done?session=1\"");
        String id = created.getString("transaction_id");
        String requestId = Verifier.requestId(created);
        String state = Verifier.claims(verifier().requestObject(requestId)).getString("state");
        String redirect;
        try (Response response = verifier().respond(requestId,
                Map.of("error", "access_denied", "error_description", "the user declined", "state", state))) {
            assertEquals(200, response.getStatus());
            redirect = response.readEntity(JsonObject.class).getString("redirect_uri");
        }
        assertTrue(redirect.startsWith("https://rp.example/done?session=1#response_code="), redirect);
        String code = redirect.substring(redirect.indexOf("#response_code=") + "#response_code=".length());
        try (Response response = verifier().transaction(id, "")) {
            assertEquals(400, response.getStatus());
        }
        try (Response response = verifier().transaction(id, "response_code=" + code + "x")) {
            assertEquals(403, response.getStatus());
        }
        try (Response response = verifier().transaction(id, "response_code=" + code)) {
            assertEquals(200, response.getStatus());
            JsonObject transaction = response.readEntity(JsonObject.class);
            assertEquals("failed", transaction.getString("state"));
            JsonObject failure = transaction.getJsonArray("failures").getJsonObject(0);
            assertEquals("wallet_error", failure.getString("reason"));
            assertEquals("access_denied: the user declined", failure.getString("detail"));
        }
    }

    private static void assertRefused(Response response, int status) {
        try (response) {
            assertEquals(status, response.getStatus());
            JsonObject error = response.readEntity(JsonObject.class);
            assertEquals("invalid_request", error.getString("error"));
            assertTrue(error.containsKey("error_description"));
        }
    }

    static String encrypt(String payload, ECKey key, String kid) throws Exception {
        return encrypt(payload, key, kid, EncryptionMethod.A128GCM);
    }

    static String encrypt(String payload, ECKey key, String kid, EncryptionMethod enc) throws Exception {
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, enc).keyID(kid).build(), new Payload(payload));
        jwe.encrypt(new ECDHEncrypter(key));
        return jwe.serialize();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
