package io.sigillum.keymanagement;

import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestStack;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service deployed by the Arquillian container and called over real HTTP. */
@ExtendWith(TestStack.class)
@ExtendWith(ArquillianExtension.class)
class KeyManagementIT {

    @Deployment(testable = false)
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class, "key-management.jar");
    }

    @ArquillianResource
    private URL base;

    @Test
    void signsForGrantedCallersAndPublishesTheKeysThatVerify() {
        try (Client client = ClientBuilder.newClient()) {
            var target = client.target(base.toString());
            ServiceChecks.assertReady(target);
            try (Response jwks = target.path("/jwks").request().get()) {
                assertEquals(200, jwks.getStatus());
                // A fresh deployment publishes only the keys provisioned at start-up (sigillum.kms.provision).
                assertEquals(2, jwks.readEntity(JsonObject.class).getJsonArray("keys").size());
            }
            try (Response keys = ServiceChecks.get(target, "/keys", TestStack.token("kms-admin"))) {
                assertEquals(200, keys.getStatus());
            }
            try (Response keys = ServiceChecks.get(target, "/keys", null)) {
                assertEquals(401, keys.getStatus());
            }

            KmsCalls kms = new KmsCalls(target);
            String scope = KmsCalls.newScope();
            JsonObject key = kms.createKey("access-token-signing", scope);
            byte[] input = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ3YWxsZXQifQ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            try (Response signed = kms.sign(KmsCalls.ISSUANCE_SIGNER, key.getString("kid"), KmsCalls.b64(input))) {
                assertEquals(200, signed.getStatus());
                String signature = signed.readEntity(JsonObject.class).getString("signature");
                JsonObject published = PublicKeys.find(kms.jwks("access-token-signing", scope), key.getString("kid")).orElseThrow();
                org.junit.jupiter.api.Assertions.assertTrue(PublicKeys.verifies(published, input, signature));
            }
        }
    }
}
