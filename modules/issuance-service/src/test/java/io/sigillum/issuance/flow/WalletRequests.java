package io.sigillum.issuance.flow;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.issuance.proof.TestJwts;
import io.sigillum.platform.testing.TestStack;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sigillum.issuance.proof.TestJwts.members;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The requests a wallet sends, built by hand for the tests that take each step apart: offers
 * (through the admin API), DPoP proofs for the issuer's public URLs, key proofs.
 */
final class WalletRequests {

    static final String ISSUER = "https://localhost:8443";
    static final String PID = "eu.europa.ec.eudi.pid_vc_sd_jwt";
    static final String BADGE = "io.sigillum.employee_badge_sd_jwt";

    final KeyPair dpopKey = EcKeyPairs.p256();
    private final WebTarget target;

    WalletRequests(WebTarget target) {
        this.target = target;
    }

    /** Creates an offer and returns the admin API's answer. */
    JsonObject offer(String subject, String txCodeJson, boolean byReference, String... configurations) {
        String body = "{\"subject\":\"" + subject + "\",\"credentialConfigurationIds\":[\""
                + String.join("\",\"", configurations) + "\"]" + (txCodeJson == null ? "" : ",\"txCode\":" + txCodeJson)
                + ",\"byReference\":" + byReference + "}";
        try (Response response = target.path("/offers").request()
                .header("Authorization", "Bearer " + TestStack.token("issuer-admin"))
                .post(Entity.json(body))) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    /** The Credential Offer object inside a by-value offer URI. */
    static JsonObject offerObject(String offerUri) {
        String encoded = offerUri.substring(offerUri.indexOf("credential_offer=") + "credential_offer=".length());
        return jakarta.json.Json.createReader(new java.io.StringReader(URLDecoder.decode(encoded, StandardCharsets.UTF_8)))
                .readObject();
    }

    static String code(JsonObject offer) {
        return offer.getJsonObject("grants").getJsonObject("urn:ietf:params:oauth:grant-type:pre-authorized_code")
                .getString("pre-authorized_code");
    }

    /** A DPoP proof by this wallet's key. */
    String dpop(String method, String path, String nonce, String accessToken) {
        Map<String, Object> claims = new LinkedHashMap<>(members("jti", UUID.randomUUID().toString(), "htm", method,
                "htu", ISSUER + path, "iat", Instant.now().getEpochSecond()));
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        if (accessToken != null) {
            claims.put("ath", sha256(accessToken));
        }
        return TestJwts.sign(members("typ", "dpop+jwt", "alg", "ES256", "jwk", TestJwts.publicJwk(dpopKey.getPublic())),
                claims, dpopKey);
    }

    /** A key proof by a fresh key. */
    static String keyProof(KeyPair key, String nonce) {
        Map<String, Object> claims = new LinkedHashMap<>(members("aud", ISSUER, "iat", Instant.now().getEpochSecond()));
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        return TestJwts.sign(members("typ", "openid4vci-proof+jwt", "alg", "ES256", "jwk",
                TestJwts.publicJwk(key.getPublic())), claims, key);
    }

    /** POST /token with a form and optional DPoP proof. */
    Response token(Map<String, String> parameters, String dpopProof) {
        Form form = new Form();
        parameters.forEach(form::param);
        var request = target.path("/token").request(MediaType.APPLICATION_JSON_TYPE);
        if (dpopProof != null) {
            request = request.header("DPoP", dpopProof);
        }
        return request.post(Entity.form(form));
    }

    /** A server DPoP nonce, from the refusal of a proof without one. */
    String dpopNonce() {
        try (Response response = token(Map.of("grant_type", "urn:ietf:params:oauth:grant-type:pre-authorized_code",
                "pre-authorized_code", "x"), dpop("POST", "/token", null, null))) {
            assertEquals("use_dpop_nonce", response.readEntity(JsonObject.class).getString("error"));
            return response.getHeaderString("DPoP-Nonce");
        }
    }

    /** Redeems a code and returns the access token. */
    String accessToken(String code, String txCode) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type",
                "urn:ietf:params:oauth:grant-type:pre-authorized_code", "pre-authorized_code", code));
        if (txCode != null) {
            form.put("tx_code", txCode);
        }
        try (Response response = token(form, dpop("POST", "/token", dpopNonce(), null))) {
            JsonObject body = response.readEntity(JsonObject.class);
            assertEquals(200, response.getStatus(), body::toString);
            return body.getString("access_token");
        }
    }

    String cNonce() {
        try (Response response = target.path("/nonce").request().post(Entity.text(""))) {
            assertEquals(200, response.getStatus());
            return response.readEntity(JsonObject.class).getString("c_nonce");
        }
    }

    /** POST /credential with the given body, token and proof headers. */
    Response credential(String body, String authorization, String dpopProof) {
        var request = target.path("/credential").request(MediaType.APPLICATION_JSON_TYPE);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if (dpopProof != null) {
            request = request.header("DPoP", dpopProof);
        }
        return request.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    static String requestBody(String configuration, List<String> proofs) {
        return "{\"credential_configuration_id\":\"" + configuration + "\",\"proofs\":{\"jwt\":[\""
                + String.join("\",\"", proofs) + "\"]}}";
    }

    static String sha256(String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
