package io.sigillum.verification.flow;

import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.PlainObject;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A deployment that allows unsigned requests (development): the redirect_uri client identifier prefix. */
@ExtendWith(TestStack.class)
@ExtendWith(VerifierTestConfig.class)
@ExtendWith(UnsignedRequestTest.AllowUnsigned.class)
@HelidonTest
class UnsignedRequestTest {

    /** Allows unsigned requests for this class only. */
    static final class AllowUnsigned implements BeforeAllCallback, AfterAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            System.setProperty("sigillum.verification.allow-unsigned-requests", "true");
        }

        @Override
        public void afterAll(ExtensionContext context) {
            System.clearProperty("sigillum.verification.allow-unsigned-requests");
        }
    }

    @Inject
    private WebTarget target;

    @Test
    void anUnsignedRequestNamesItsResponseUriAsClientIdentifier() throws Exception {
        Verifier verifier = new Verifier(target);
        JsonObject created = verifier.open("\"client_id_prefix\":\"redirect_uri\",\"response_mode\":\"direct_post\"");
        String requestId = Verifier.requestId(created);
        String responseUri = "https://localhost:8082/responses/" + requestId;
        try (Response response = target.path("/requests/" + requestId).request().get()) {
            assertEquals(200, response.getStatus());
            JOSEObject object = JOSEObject.parse(response.readEntity(String.class));
            PlainObject plain = assertInstanceOf(PlainObject.class, object, "alg none (§5.9.3: redirect_uri requests are not signed)");
            assertEquals("oauth-authz-req+jwt", plain.getHeader().getType().toString());
            JsonObject claims = Json.createReader(new StringReader(plain.getPayload().toString())).readObject();
            assertEquals("redirect_uri:" + responseUri, claims.getString("client_id"));
            assertEquals(responseUri, claims.getString("response_uri"));
            assertEquals("direct_post", claims.getString("response_mode"));
            assertEquals("vp_token", claims.getString("response_type"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(created.getString("authorization_request").startsWith("openid4vp://?client_id=redirect_uri%3A"));
        try (Response response = verifier.transaction(created.getString("transaction_id"), "")) {
            assertEquals("pending", response.readEntity(JsonObject.class).getString("state"));
        }
    }
}
