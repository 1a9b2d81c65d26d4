package io.sigillum.trustregistry;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestStack.class)
@HelidonTest
class TrustRegistryServiceTest {

    @Inject
    private WebTarget target;

    private Response getIssuers(String token) {
        return ServiceChecks.get(target, "/issuers", token);
    }

    @Test
    void isReadyWithItsDatabaseAndBroker() {
        ServiceChecks.assertReady(target);
    }

    @Test
    void reportsItsCryptographicProviderInHealthAndMetrics() {
        JsonObject live = target.path("/health/live").request().get(JsonObject.class);
        JsonObject check = live.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("crypto-provider")).findFirst().orElseThrow();
        JsonObject data = check.getJsonObject("data");
        boolean fast = data.getBoolean("fast");
        assertEquals(fast ? "AmazonCorrettoCryptoProvider" : java.security.Security.getProviders()[0].getName(),
                data.getString("provider"));
        String metrics = target.path("/metrics").request("text/plain").get(String.class);
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("sigillum_crypto_provider_fast{")
                        && line.contains("provider=\"" + data.getString("provider") + "\"") && line.endsWith(fast ? " 1.0" : " 0.0")),
                "no provider gauge in /metrics");
    }

    @Test
    void listsTheIssuersFromItsSchema() {
        // A fresh identifier: a PostgreSQL database may be reused between runs.
        String id = "https://pid-provider-" + java.util.UUID.randomUUID() + ".example";
        TestDatabase.execute("INSERT INTO trust_registry.trusted_issuer (id, legal_name, country, state, created_at)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
                id, "PID Provider of Example", "DE", "withdrawn");
        try (Response response = getIssuers(TestStack.token("trust-admin"))) {
            assertEquals(200, response.getStatus());
            JsonObject issuer = response.readEntity(JsonArray.class).stream().map(JsonObject.class::cast)
                    .filter(i -> i.getString("id").equals(id)).findFirst().orElseThrow();
            assertEquals("PID Provider of Example", issuer.getString("legalName"));
            assertEquals("DE", issuer.getString("country"));
            assertEquals("withdrawn", issuer.getString("state"));
        }
    }

    @Test
    void verifiersMayReadTheIssuersToo() {
        try (Response response = getIssuers(TestStack.token("verifier-rp"))) {
            assertEquals(200, response.getStatus());
        }
    }

    @Test
    void theIssuersAreForTrustAdministratorsAndVerifiersOnly() {
        ServiceChecks.assertGuarded(target, "/issuers", "trust-admin", "issuer-admin");
    }

    @Test
    void anUnknownPathIsNotFound() {
        try (Response response = target.path("/no-such-thing").request().get()) {
            assertEquals(404, response.getStatus());
        }
    }

    @Test
    void refusalsAreProblemsWithTheCorrelationId() {
        try (Response response = target.path("/issuers").request().header("X-Correlation-Id", "trace-123")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestStack.token("issuer-admin")).get()) {
            assertEquals(403, response.getStatus());
            assertEquals("trace-123", response.getHeaderString("X-Correlation-Id"));
        }
    }

    @Test
    void aForgedCorrelationIdIsReplaced() {
        try (Response response = target.path("/issuers").request()
                .header("X-Correlation-Id", "x".repeat(100)).get()) {
            assertNotEquals("x".repeat(100), response.getHeaderString("X-Correlation-Id"));
            assertEquals(36, response.getHeaderString("X-Correlation-Id").length());
        }
    }

    @Test
    void servesItsContractAtOpenapi() {
        String document = target.path("/openapi").request("application/yaml").get(String.class);
        assertTrue(document.contains("title: Sigillum Trust Registry API"), document);
        assertTrue(document.contains("/issuers"));
    }
}
