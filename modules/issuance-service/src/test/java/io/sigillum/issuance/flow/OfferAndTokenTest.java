package io.sigillum.issuance.flow;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offers (admin API, by value and by reference, QR codes) and the token endpoint, step by step. */
@ExtendWith(TestStack.class)
@HelidonTest
class OfferAndTokenTest {

    private static final String GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    @Inject
    private WebTarget target;

    private WalletRequests wallet() {
        return new WalletRequests(target);
    }

    @Test
    void anOfferByValueCarriesTheGrantAndAQrCodeOfItsUri() throws Exception {
        JsonObject created = wallet().offer("person-" + UUID.randomUUID(), "{\"length\":8,\"description\":\"sent by SMS\"}",
                false, WalletRequests.PID, WalletRequests.BADGE);
        String uri = created.getString("offerUri");
        assertTrue(uri.startsWith("openid-credential-offer://?credential_offer="), uri);
        JsonObject offer = WalletRequests.offerObject(uri);
        assertEquals(WalletRequests.ISSUER, offer.getString("credential_issuer"));
        assertEquals(2, offer.getJsonArray("credential_configuration_ids").size());
        JsonObject grant = offer.getJsonObject("grants").getJsonObject(GRANT);
        assertEquals(43, grant.getString("pre-authorized_code").length());
        assertEquals("numeric", grant.getJsonObject("tx_code").getString("input_mode"));
        assertEquals(8, grant.getJsonObject("tx_code").getInt("length"));
        assertEquals("sent by SMS", grant.getJsonObject("tx_code").getString("description"));
        assertTrue(created.getString("txCode").matches("[0-9]{8}"), "the code is shown once, to the operator");
        assertEquals(uri, decodeQr(Base64.getDecoder().decode(created.getString("qrCodePng"))));
    }

    @Test
    void anOfferByReferenceIsServedUntilItsCodeIsRedeemed() {
        WalletRequests wallet = wallet();
        JsonObject created = wallet.offer("person-" + UUID.randomUUID(), null, true, WalletRequests.PID);
        String reference = created.getString("credentialOfferUri");
        assertEquals("openid-credential-offer://?credential_offer_uri="
                + java.net.URLEncoder.encode(reference, StandardCharsets.UTF_8), created.getString("offerUri"));
        String path = reference.substring(WalletRequests.ISSUER.length());
        JsonObject offer;
        try (Response response = target.path(path).request().get()) {
            assertEquals(200, response.getStatus());
            assertEquals("no-store", response.getHeaderString("Cache-Control"));
            offer = response.readEntity(JsonObject.class);
        }
        assertFalse(offer.getJsonObject("grants").getJsonObject(GRANT).containsKey("tx_code"));
        wallet.accessToken(WalletRequests.code(offer), null);
        try (Response response = target.path(path).request().get()) {
            assertEquals(404, response.getStatus(), "a redeemed offer is not served again");
        }
    }

    @Test
    void offersAreRefusedForUnknownConfigurationsAndCallersWithoutTheRole() {
        try (Response response = target.path("/offers").request()
                .header("Authorization", "Bearer " + TestStack.token("issuer-admin"))
                .post(jakarta.ws.rs.client.Entity.json("{\"subject\":\"p\",\"credentialConfigurationIds\":[\"nope\"]}"))) {
            assertEquals(422, response.getStatus());
            assertEquals("application/problem+json", response.getMediaType().toString());
        }
        try (Response response = target.path("/offers").request()
                .header("Authorization", "Bearer " + TestStack.token("issuer-admin"))
                .post(jakarta.ws.rs.client.Entity.json("{\"subject\":\"\",\"credentialConfigurationIds\":[]}"))) {
            assertEquals(400, response.getStatus());
        }
        try (Response response = target.path("/offers").request()
                .header("Authorization", "Bearer " + TestStack.token("verifier-rp"))
                .post(jakarta.ws.rs.client.Entity.json("{\"subject\":\"p\",\"credentialConfigurationIds\":[\"x\"]}"))) {
            assertEquals(403, response.getStatus());
        }
        ServiceChecks.assertGuarded(target, "/offers", "issuer-admin", "verifier-rp");
    }

    @Test
    void aCodeIsRedeemedOnceForADpopBoundToken() {
        WalletRequests wallet = wallet();
        String code = WalletRequests.code(WalletRequests.offerObject(
                wallet.offer("person-" + UUID.randomUUID(), null, false, WalletRequests.PID).getString("offerUri")));
        String nonce = wallet.dpopNonce();
        try (Response response = wallet.token(Map.of("grant_type", GRANT, "pre-authorized_code", code),
                wallet.dpop("POST", "/token", nonce, null))) {
            assertEquals(200, response.getStatus());
            assertEquals("no-store", response.getHeaderString("Cache-Control"));
            assertNotNull(response.getHeaderString("DPoP-Nonce"));
            JsonObject body = response.readEntity(JsonObject.class);
            assertEquals("DPoP", body.getString("token_type"));
            assertTrue(body.getInt("expires_in") > 0);
        }
        try (Response again = wallet.token(Map.of("grant_type", GRANT, "pre-authorized_code", code),
                wallet.dpop("POST", "/token", nonce, null))) {
            assertEquals(400, again.getStatus());
            assertEquals("invalid_grant", again.readEntity(JsonObject.class).getString("error"));
        }
    }

    @Test
    void tokenRequestsWithoutAGoodDpopProofAreRefusedWithAFreshNonce() {
        WalletRequests wallet = wallet();
        Map<String, String> form = Map.of("grant_type", GRANT, "pre-authorized_code", "whatever");
        try (Response missing = wallet.token(form, null)) {
            assertOAuthError(missing, 400, "invalid_dpop_proof");
            assertNotNull(missing.getHeaderString("DPoP-Nonce"));
        }
        try (Response noNonce = wallet.token(form, wallet.dpop("POST", "/token", null, null))) {
            assertOAuthError(noNonce, 400, "use_dpop_nonce");
        }
        String nonce = wallet.dpopNonce();
        try (Response otherUrl = wallet.token(form, wallet.dpop("POST", "/credential", nonce, null))) {
            assertOAuthError(otherUrl, 400, "invalid_dpop_proof");
        }
        try (Response otherMethod = wallet.token(form, wallet.dpop("GET", "/token", nonce, null))) {
            assertOAuthError(otherMethod, 400, "invalid_dpop_proof");
        }
        try (Response staleNonce = wallet.token(form, wallet.dpop("POST", "/token", "not-a-nonce", null))) {
            assertOAuthError(staleNonce, 400, "use_dpop_nonce");
        }
        String proof = wallet.dpop("POST", "/token", nonce, null);
        try (Response first = wallet.token(form, proof)) {
            assertOAuthError(first, 400, "invalid_grant");
        }
        try (Response replayed = wallet.token(form, proof)) {
            assertOAuthError(replayed, 400, "invalid_dpop_proof");
        }
    }

    @Test
    void theTransactionCodeIsCheckedAndTheCodeDiesAfterTooManyWrongOnes() {
        WalletRequests wallet = wallet();
        JsonObject created = wallet.offer("person-" + UUID.randomUUID(), "{}", false, WalletRequests.PID);
        String code = WalletRequests.code(WalletRequests.offerObject(created.getString("offerUri")));
        String txCode = created.getString("txCode");
        String nonce = wallet.dpopNonce();
        try (Response without = wallet.token(Map.of("grant_type", GRANT, "pre-authorized_code", code),
                wallet.dpop("POST", "/token", nonce, null))) {
            assertOAuthError(without, 400, "invalid_request");
        }
        String wrong = txCode.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            try (Response response = wallet.token(Map.of("grant_type", GRANT, "pre-authorized_code", code, "tx_code", wrong),
                    wallet.dpop("POST", "/token", nonce, null))) {
                assertOAuthError(response, 400, "invalid_grant");
            }
        }
        try (Response right = wallet.token(Map.of("grant_type", GRANT, "pre-authorized_code", code, "tx_code", txCode),
                wallet.dpop("POST", "/token", nonce, null))) {
            assertOAuthError(right, 400, "invalid_grant");
        }
    }

    @Test
    void anExpiredCodeIsRefusedAndDies() {
        WalletRequests wallet = wallet();
        JsonObject created = wallet.offer("person-" + UUID.randomUUID(), null, false, WalletRequests.PID);
        String code = WalletRequests.code(WalletRequests.offerObject(created.getString("offerUri")));
        io.sigillum.platform.testing.TestDatabase.execute("UPDATE issuance.credential_offer SET expires_at = ?"
                + " WHERE id = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), created.getString("id"));
        String nonce = wallet.dpopNonce();
        try (Response response = wallet.token(Map.of("grant_type", GRANT, "pre-authorized_code", code),
                wallet.dpop("POST", "/token", nonce, null))) {
            assertOAuthError(response, 400, "invalid_grant");
        }
        try (Response offer = target.path("/offers/" + created.getString("id")).request()
                .header("Authorization", "Bearer " + TestStack.token("issuer-admin")).get()) {
            assertEquals("expired", offer.readEntity(JsonObject.class).getString("state"));
        }
    }

    @Test
    void otherGrantsAndMalformedRequestsAreRefused() {
        WalletRequests wallet = wallet();
        String nonce = wallet.dpopNonce();
        try (Response response = wallet.token(Map.of("grant_type", "authorization_code", "code", "x"),
                wallet.dpop("POST", "/token", nonce, null))) {
            assertOAuthError(response, 400, "unsupported_grant_type");
        }
        try (Response response = wallet.token(Map.of("grant_type", GRANT), wallet.dpop("POST", "/token", nonce, null))) {
            assertOAuthError(response, 400, "invalid_request");
        }
    }

    static void assertOAuthError(Response response, int status, String error) {
        assertEquals(status, response.getStatus());
        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(error, body.getString("error"), body::toString);
        assertNotNull(body.getString("error_description", null));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // A rendered code, not a photo: without PURE_BARCODE the finder-pattern search misses some codes.
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
