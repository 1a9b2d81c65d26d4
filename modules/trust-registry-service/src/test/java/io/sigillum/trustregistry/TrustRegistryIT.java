package io.sigillum.trustregistry;

import io.sigillum.platform.testing.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service deployed by the Arquillian container and called over real HTTP. */
@ExtendWith(TestStack.class)
@ExtendWith(ArquillianExtension.class)
class TrustRegistryIT {

    private static final Client HTTP = ClientBuilder.newClient();

    @AfterAll
    static void closeClient() {
        HTTP.close();
    }

    @Deployment(testable = false)
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class, "trust-registry.jar");
    }

    @ArquillianResource
    private URL base;

    private Response get(String path, String token) {
        Invocation.Builder request = HTTP.target(base.toString()).path(path).request();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Response response = request.get();
        response.bufferEntity();
        return response;
    }

    @Test
    void startsReadyAndGuardsItsAdminApi() {
        Response ready = get("/health/ready", null);
        String health = ready.readEntity(String.class);
        assertEquals(200, ready.getStatus(), health);
        assertTrue(health.contains("\"status\":\"UP\""), health);

        assertEquals(401, get("/issuers", null).getStatus());
        assertEquals(403, get("/issuers", TestStack.token("status-admin")).getStatus());
        Response issuers = get("/issuers", TestStack.token("trust-admin"));
        assertEquals(200, issuers.getStatus());
        assertTrue(issuers.readEntity(String.class).startsWith("["));
    }
}
