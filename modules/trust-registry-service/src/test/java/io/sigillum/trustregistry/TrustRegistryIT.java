package io.sigillum.trustregistry;

import io.sigillum.api.trustregistry.IssuerApi;
import io.sigillum.api.trustregistry.IssuersApi;
import io.sigillum.api.trustregistry.SnapshotApi;
import io.sigillum.api.trustregistry.model.IssuerDetail;
import io.sigillum.api.trustregistry.model.IssuerRegistration;
import io.sigillum.api.trustregistry.model.IssuerUpdate;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.snapshot.SnapshotJson;
import io.sigillum.api.trustregistry.model.TrustedIssuer;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /** Callers build MicroProfile Rest Clients from the same generated interface the service implements. */
    private IssuersApi client(String token) {
        return RestClientBuilder.newBuilder()
                .baseUri(java.net.URI.create(base.toString()))
                .register((ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization", "Bearer " + token))
                .build(IssuersApi.class);
    }

    private <T> T client(Class<T> api, String token) {
        return RestClientBuilder.newBuilder()
                .baseUri(java.net.URI.create(base.toString()))
                .register((ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization", "Bearer " + token))
                .build(api);
    }

    @Test
    void anAdministratorChangesTheRegistryAndAVerifierSeesItInTheSnapshot() throws Exception {
        String admin = TestStack.tokenFor("it-admin", "trust-admin");
        String id = "https://it-" + java.util.UUID.randomUUID() + ".example";
        try (Response registered = client(IssuersApi.class, admin).registerIssuer(new IssuerRegistration()
                .id(id).legalName("IT Example").country("FR").reason("integration test"))) {
            assertEquals(201, registered.getStatus());
        }
        IssuerDetail updated = client(IssuerApi.class, admin).updateIssuer(id,
                new IssuerUpdate().legalName("IT Example SA").country("FR").reason("renamed"));
        assertEquals("IT Example SA", updated.getLegalName());

        SnapshotApi snapshots = client(SnapshotApi.class, TestStack.token("verifier-rp"));
        String etag;
        try (Response snapshot = snapshots.getSnapshot(null)) {
            assertEquals(200, snapshot.getStatus());
            etag = snapshot.getHeaderString("ETag");
            TrustSnapshot read = SnapshotJson.read(snapshot.readEntity(byte[].class));
            assertEquals(updated.getVersion(), read.version());
            assertEquals("IT Example SA", read.issuer(id).orElseThrow().legalName());
        }
        try (Response again = snapshots.getSnapshot(etag)) {
            assertEquals(304, again.getStatus());
        }
    }

    @Test
    void aRestClientFromTheGeneratedInterfaceReadsTheIssuers() {
        String id = "https://rest-client-" + java.util.UUID.randomUUID() + ".example";
        TestDatabase.execute("INSERT INTO trust_registry.trusted_issuer (id, legal_name, country, state, created_at)"
                + " VALUES (?, 'Rest Client Example', 'AT', 'active', CURRENT_TIMESTAMP)", id);
        List<TrustedIssuer> issuers = client(TestStack.token("verifier-rp")).listIssuers();
        TrustedIssuer issuer = issuers.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
        assertEquals("Rest Client Example", issuer.getLegalName());
        assertEquals(TrustedIssuer.StateEnum.ACTIVE, issuer.getState());

        WebApplicationException refused = assertThrows(WebApplicationException.class,
                () -> client(TestStack.token("status-admin")).listIssuers());
        assertEquals(403, refused.getResponse().getStatus());
    }
}
