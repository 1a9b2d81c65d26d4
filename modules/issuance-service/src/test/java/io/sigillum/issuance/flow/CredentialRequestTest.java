package io.sigillum.issuance.flow;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.issuance.proof.TestJwts;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sigillum.issuance.flow.OfferAndTokenTest.assertOAuthError;
import static io.sigillum.issuance.proof.TestJwts.members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The credential endpoint's refusals: token and DPoP binding, configuration, proofs and their
 * nonce. The issuing path itself runs against a real status and key-management service in the
 * end-to-end tests.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class CredentialRequestTest {

    @Inject
    private WebTarget target;

    /** A wallet holding a token for an offer of the PID only, for a person the source does not know. */
    private record Holder(WalletRequests wallet, String token, String nonce) {
        String dpop() {
            return wallet.dpop("POST", "/credential", nonce, token);
        }

        Response credential(String body) {
            return wallet.credential(body, "DPoP " + token, dpop());
        }
    }

    private Holder holder() {
        WalletRequests wallet = new WalletRequests(target);
        String code = WalletRequests.code(WalletRequests.offerObject(
                wallet.offer("unknown-" + UUID.randomUUID(), null, false, WalletRequests.PID).getString("offerUri")));
        return new Holder(wallet, wallet.accessToken(code, null), wallet.dpopNonce());
    }

    @Test
    void theTokenMustBePresentedAsDpopWithAProofByItsKey() {
        Holder holder = holder();
        String body = WalletRequests.requestBody(WalletRequests.PID, List.of("x"));
        try (Response none = holder.wallet().credential(body, null, holder.dpop())) {
            assertUnauthorized(none, "invalid_token");
        }
        try (Response bearer = holder.wallet().credential(body, "Bearer " + holder.token(), holder.dpop())) {
            assertUnauthorized(bearer, "invalid_token");
        }
        try (Response unknown = holder.wallet().credential(body, "DPoP not-a-token", holder.dpop())) {
            assertUnauthorized(unknown, "invalid_token");
        }
        try (Response noProof = holder.wallet().credential(body, "DPoP " + holder.token(), null)) {
            assertUnauthorized(noProof, "invalid_dpop_proof");
        }
        try (Response noAth = holder.wallet().credential(body, "DPoP " + holder.token(),
                holder.wallet().dpop("POST", "/credential", holder.nonce(), null))) {
            assertUnauthorized(noAth, "invalid_dpop_proof");
        }
        WalletRequests thief = new WalletRequests(target);
        try (Response otherKey = thief.credential(body, "DPoP " + holder.token(),
                thief.dpop("POST", "/credential", holder.nonce(), holder.token()))) {
            assertUnauthorized(otherKey, "invalid_token");
        }
    }

    @Test
    void theConfigurationMustBeOneTheOfferNamed() {
        Holder holder = holder();
        String proof = WalletRequests.keyProof(EcKeyPairs.p256(), holder.wallet().cNonce());
        try (Response unknown = holder.credential(WalletRequests.requestBody("no.such.configuration", List.of(proof)))) {
            assertOAuthError(unknown, 400, "unknown_credential_configuration");
        }
        try (Response notOffered = holder.credential(WalletRequests.requestBody(WalletRequests.BADGE, List.of(proof)))) {
            assertOAuthError(notOffered, 400, "invalid_credential_request");
        }
    }

    @Test
    void malformedAndOversizedRequestsAreInvalid() {
        Holder holder = holder();
        try (Response noProofs = holder.credential("{\"credential_configuration_id\":\"" + WalletRequests.PID + "\"}")) {
            assertOAuthError(noProofs, 400, "invalid_credential_request");
        }
        try (Response singular = holder.credential("{\"credential_configuration_id\":\"" + WalletRequests.PID
                + "\",\"proof\":{\"proof_type\":\"jwt\",\"jwt\":\"x\"}}")) {
            assertOAuthError(singular, 400, "invalid_credential_request");
        }
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("x");
        }
        try (Response oversized = holder.credential(WalletRequests.requestBody(WalletRequests.PID, eleven))) {
            assertOAuthError(oversized, 400, "invalid_credential_request");
        }
        try (Response notJson = holder.credential("{not json")) {
            assertOAuthError(notJson, 400, "invalid_credential_request");
        }
        try (Response notAnObject = holder.credential("[\"a\"]")) {
            assertOAuthError(notAnObject, 400, "invalid_credential_request");
        }
    }

    @Test
    void keyProofsAreCheckedAndTheirNonceIsSpentOnce() {
        Holder holder = holder();
        KeyPair key = EcKeyPairs.p256();
        try (Response wrongNonce = holder.credential(WalletRequests.requestBody(WalletRequests.PID,
                List.of(WalletRequests.keyProof(key, "made-up"))))) {
            assertOAuthError(wrongNonce, 400, "invalid_nonce");
        }
        String nonce = holder.wallet().cNonce();
        String unsigned = TestJwts.unsigned(members("typ", "openid4vci-proof+jwt", "alg", "none", "jwk",
                TestJwts.publicJwk(key.getPublic())), members("aud", WalletRequests.ISSUER, "iat",
                Instant.now().getEpochSecond(), "nonce", nonce));
        try (Response none = holder.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(unsigned)))) {
            assertOAuthError(none, 400, "invalid_proof");
        }
        String otherAudience = TestJwts.sign(members("typ", "openid4vci-proof+jwt", "alg", "ES256", "jwk",
                TestJwts.publicJwk(key.getPublic())), members("aud", "https://elsewhere.example", "iat",
                Instant.now().getEpochSecond(), "nonce", nonce), key);
        try (Response audience = holder.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(otherAudience)))) {
            assertOAuthError(audience, 400, "invalid_proof");
        }
        String proof = WalletRequests.keyProof(key, nonce);
        try (Response sameKeyTwice = holder.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(proof, proof)))) {
            assertOAuthError(sameKeyTwice, 400, "invalid_proof");
        }
        try (Response unknownPerson = holder.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(proof)))) {
            assertOAuthError(unknownPerson, 400, "credential_request_denied");
        }
        try (Response spent = holder.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(proof)))) {
            assertOAuthError(spent, 400, "invalid_nonce");
        }
    }

    @Test
    void proofsOfTheWrongTypeAgeAlgorithmOrKeyAreInvalid() {
        Holder holder = holder();
        KeyPair key = EcKeyPairs.p256();
        String nonce = holder.wallet().cNonce();
        long now = Instant.now().getEpochSecond();
        Map<String, Object> header = members("typ", "openid4vci-proof+jwt", "alg", "ES256", "jwk",
                TestJwts.publicJwk(key.getPublic()));
        Map<String, Object> claims = members("aud", WalletRequests.ISSUER, "iat", now, "nonce", nonce);
        List<String> refused = List.of(
                TestJwts.sign(members("typ", "JWT", "alg", "ES256", "jwk", TestJwts.publicJwk(key.getPublic())), claims, key),
                TestJwts.sign(header, members("aud", WalletRequests.ISSUER, "iat", now - 3600, "nonce", nonce), key),
                TestJwts.hmacSha256(members("typ", "openid4vci-proof+jwt", "alg", "HS256", "jwk",
                        TestJwts.publicJwk(key.getPublic())), claims, key.getPublic().getEncoded()),
                TestJwts.sign(header, claims, EcKeyPairs.p256()));
        for (String proof : refused) {
            try (Response response = holder.credential(WalletRequests.requestBody(WalletRequests.PID, List.of(proof)))) {
                assertOAuthError(response, 400, "invalid_proof");
            }
        }
    }

    @Test
    void aFailedIssuanceLeavesNothingIssuedAndTheConfigurationFree() {
        WalletRequests wallet = new WalletRequests(target);
        String subject = "ready-" + UUID.randomUUID();
        try (Response person = target.path("/people/" + subject).request()
                .header("Authorization", "Bearer " + TestStack.token("issuer-admin"))
                .put(Entity.json("{\"attributes\":{\"given_name\":\"Ada\",\"family_name\":\"Lovelace\","
                        + "\"birthdate\":\"1815-12-10\",\"place_of_birth\":{\"locality\":\"London\"},"
                        + "\"nationalities\":[\"GB\"]}}"))) {
            assertEquals(200, person.getStatus());
        }
        String token = wallet.accessToken(WalletRequests.code(WalletRequests.offerObject(
                wallet.offer(subject, null, false, WalletRequests.PID).getString("offerUri"))), null);
        String nonce = wallet.dpopNonce();
        // No status service runs beside these tests: allocation fails, so issuance must fail cleanly.
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Response response = wallet.credential(WalletRequests.requestBody(WalletRequests.PID,
                            List.of(WalletRequests.keyProof(EcKeyPairs.p256(), wallet.cNonce()))),
                    "DPoP " + token, wallet.dpop("POST", "/credential", nonce, token))) {
                assertEquals(503, response.getStatus(), "the configuration is free again after a failure");
                assertEquals("application/problem+json", response.getMediaType().toString());
            }
        }
        assertEquals(List.of(), TestDatabase.column("SELECT id FROM issuance.issued_credential WHERE subject = ?", subject));
    }

    @Test
    void theNonceEndpointHandsOutFreshUncachedNonces() {
        WalletRequests wallet = new WalletRequests(target);
        String first = wallet.cNonce();
        String second = wallet.cNonce();
        assertTrue(!first.equals(second) && first.length() >= 32);
        try (Response response = target.path("/nonce").request().post(Entity.text(""))) {
            assertEquals("no-store", response.getHeaderString("Cache-Control"));
        }
    }

    private static void assertUnauthorized(Response response, String error) {
        assertEquals(401, response.getStatus());
        String challenge = response.getHeaderString("WWW-Authenticate");
        assertNotNull(challenge);
        assertTrue(challenge.startsWith("DPoP ") && challenge.contains("error=\"" + error + "\""), challenge);
        assertNotNull(response.getHeaderString("DPoP-Nonce"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        JsonObject body = response.readEntity(JsonObject.class);
        assertEquals(error, body.getString("error"));
    }
}
