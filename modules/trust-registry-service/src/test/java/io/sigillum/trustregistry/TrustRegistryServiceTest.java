package io.sigillum.trustregistry;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestStack.class)
@HelidonTest
class TrustRegistryServiceTest {

    @Inject
    private WebTarget target;

    private Response getIssuers(String token) {
        var request = target.path("/issuers").request();
        return (token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).get();
    }

    @Test
    void isReadyWithItsDatabaseAndBroker() {
        JsonObject health = target.path("/health/ready").request().get(JsonObject.class);
        assertEquals("UP", health.getString("status"), health.toString());
        List<String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name") + "=" + check.getString("status")).toList();
        assertTrue(checks.containsAll(List.of("database=UP", "broker=UP")), checks.toString());
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
    void listsTheIssuersFromItsSchema() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("sigillum.db.url"),
                System.getProperty("sigillum.db.user"), System.getProperty("sigillum.db.password"));
             var insert = db.prepareStatement("INSERT INTO trust_registry.trusted_issuer"
                     + " (id, legal_name, country, state, created_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, "https://pid-provider.example");
            insert.setString(2, "PID Provider of Example");
            insert.setString(3, "DE");
            insert.setString(4, "withdrawn");
            insert.executeUpdate();
        }
        try (Response response = getIssuers(TestStack.token("trust-admin"))) {
            assertEquals(200, response.getStatus());
            JsonObject issuer = response.readEntity(JsonArray.class).stream().map(JsonObject.class::cast)
                    .filter(i -> i.getString("id").equals("https://pid-provider.example")).findFirst().orElseThrow();
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
    void refusesCallersWithoutAValidToken() {
        for (String token : new String[] {null, "not-a-jwt", TestStack.expiredToken("trust-admin"),
                TestStack.tokenFromAnUntrustedKey("trust-admin"), TestStack.tokenFromAnotherIssuer("trust-admin"),
                TestStack.unsignedToken("trust-admin")}) {
            try (Response response = getIssuers(token)) {
                assertEquals(401, response.getStatus(), "token " + token);
            }
        }
    }

    @Test
    void refusesCallersWithoutTheRole() {
        try (Response response = getIssuers(TestStack.token("issuer-admin"))) {
            assertEquals(403, response.getStatus());
        }
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
        try (Response response = target.path("/health/live").request()
                .header("X-Correlation-Id", "x".repeat(100)).get()) {
            String id = response.getHeaderString("X-Correlation-Id");
            assertTrue(id == null || !id.equals("x".repeat(100)));
        }
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
