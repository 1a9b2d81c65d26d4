package io.sigillum.verification.flow;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import io.sigillum.platform.testing.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.security.interfaces.ECPublicKey;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the tests do as relying party and as wallet, over HTTP. */
final class Verifier {

    static final String PID_QUERY = "{\"credentials\":[{\"id\":\"pid\",\"format\":\"dc+sd-jwt\","
            + "\"meta\":{\"vct_values\":[\"urn:eudi:pid:1\"]},\"claims\":[{\"path\":[\"family_name\"]}]}]}";

    private final WebTarget target;

    Verifier(WebTarget target) {
        this.target = target;
    }

    /** Opens a transaction with these members besides the PID query; asserts 201. */
    JsonObject open(String extraMembers) {
        try (Response response = create("{\"dcql_query\":" + PID_QUERY + (extraMembers.isEmpty() ? "" : "," + extraMembers) + "}",
                TestStack.token("verifier-rp"))) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    Response create(String body, String token) {
        var request = target.path("/transactions").request();
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    Response transaction(String id, String query) {
        WebTarget path = target.path("/transactions/" + id);
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                path = path.queryParam(nameValue[0], nameValue[1]);
            }
        }
        return path.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + TestStack.token("verifier-rp")).get();
    }

    JsonObject transactionJson(String id) {
        try (Response response = transaction(id, "")) {
            assertEquals(200, response.getStatus());
            return response.readEntity(JsonObject.class);
        }
    }

    /** The request id at the end of a request_uri. */
    static String requestId(JsonObject created) {
        String uri = created.getString("request_uri");
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Fetches the request object with GET, checks its signature against its x5c leaf, returns it. */
    JWSObject requestObject(String requestId) throws Exception {
        try (Response response = target.path("/requests/" + requestId).request().get()) {
            assertEquals(200, response.getStatus());
            assertEquals("application/oauth-authz-req+jwt", response.getMediaType().toString());
            return verified(response.readEntity(String.class));
        }
    }

    static JWSObject verified(String compact) throws Exception {
        JWSObject jws = JWSObject.parse(compact);
        ECPublicKey key = (ECPublicKey) VerifierTestConfig.signing().certificate().getPublicKey();
        assertTrue(jws.verify(new ECDSAVerifier(key)), "the request object's signature verifies with its x5c leaf");
        return jws;
    }

    static JsonObject claims(JWSObject jws) {
        return Json.createReader(new StringReader(jws.getPayload().toString())).readObject();
    }

    /** The transaction's public encryption key from the request object's client_metadata. */
    static ECKey encryptionKey(JsonObject claims) throws Exception {
        JsonObject jwk = claims.getJsonObject("client_metadata").getJsonObject("jwks").getJsonArray("keys").getJsonObject(0);
        return ECKey.parse(jwk.toString());
    }

    Response respond(String requestId, Map<String, String> parameters) {
        Form form = new Form();
        parameters.forEach(form::param);
        return target.path("/responses/" + requestId).request().post(Entity.form(form));
    }
}
