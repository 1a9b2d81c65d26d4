package io.sigillum.keymanagement;

import io.sigillum.platform.testing.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key management API as the tests call it, over HTTP, with the tokens of an admin and of signers. */
final class KmsCalls {

    /** The signer the tests configure with {@code status-list-signing} only. */
    static final String STATUS_SIGNER = "status-test";
    /** The signer the tests configure with {@code credential-signing} and {@code access-token-signing}. */
    static final String ISSUANCE_SIGNER = "issuance-test";

    private final WebTarget target;
    private final String adminToken = TestStack.token("kms-admin");

    KmsCalls(WebTarget target) {
        this.target = target;
    }

    static String newScope() {
        return "https://issuer.test/" + UUID.randomUUID();
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.US_ASCII));
    }

    Response post(String path, String token, String json) {
        return target.path(path).request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .post(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    Response get(String path, String token) {
        int query = path.indexOf('?');
        WebTarget resource = target.path(query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            for (String pair : path.substring(query + 1).split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                resource = resource.queryParam(nameAndValue[0], nameAndValue[1]);
            }
        }
        var request = resource.request();
        return (token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).get();
    }

    JsonObject createKey(String purpose, String scope) {
        return createKey(Json.createObjectBuilder().add("purpose", purpose).add("scope", scope));
    }

    JsonObject createKey(JsonObjectBuilder body) {
        try (Response response = post("/keys", adminToken, body.build().toString())) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    JsonObject rotate(String purpose, String scope) {
        try (Response response = post("/rotations", adminToken,
                Json.createObjectBuilder().add("purpose", purpose).add("scope", scope).build().toString())) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    Response retire(String kid, String verifyUntil) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (verifyUntil != null) {
            body.add("verifyUntil", verifyUntil);
        }
        return post("/keys/" + kid + "/retirement", adminToken, body.build().toString());
    }

    Response destroy(String kid) {
        return target.path("/keys/" + kid).request().header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).delete();
    }

    JsonObject key(String kid) {
        try (Response response = get("/keys/" + kid, adminToken)) {
            assertEquals(200, response.getStatus());
            return response.readEntity(JsonObject.class);
        }
    }

    JsonArray jwks(String purpose, String scope) {
        try (Response response = target.path("/jwks/" + purpose).queryParam("scope", scope).request().get()) {
            assertEquals(200, response.getStatus());
            return response.readEntity(JsonObject.class).getJsonArray("keys");
        }
    }

    Response sign(String signer, String kid, String input) {
        return sign(signer, kid, input, "jws-signing-input");
    }

    Response sign(String signer, String kid, String input, String inputType) {
        return post("/signatures", TestStack.tokenFor(signer, "kms-signer"), Json.createObjectBuilder()
                .add("kid", kid).add("input", input).add("inputType", inputType).build().toString());
    }

    Response signBatch(String signer, String kid, List<String> inputs) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        inputs.forEach(array::add);
        return post("/signature-batches", TestStack.tokenFor(signer, "kms-signer"),
                Json.createObjectBuilder().add("kid", kid).add("inputs", array).build().toString());
    }

    /** Reads a problem answer and checks its status and media type. */
    static JsonObject problem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertEquals("application/problem+json", response.getMediaType().toString(), body);
        return Json.createReader(new java.io.StringReader(body)).readObject();
    }
}
