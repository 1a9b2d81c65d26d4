package io.sigillum.platform.testing;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions every service's tests make: readiness, and who may call a protected route. */
public final class ServiceChecks {

    private ServiceChecks() {
    }

    /** A GET with the bearer token, or none when it is null. */
    public static Response get(WebTarget target, String path, String token) {
        Invocation.Builder request = target.path(path).request();
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.get();
    }

    /** The service is ready, and its database and broker checks are among the reasons. */
    public static void assertReady(WebTarget target) {
        JsonObject health = target.path("/health/ready").request().get(JsonObject.class);
        assertEquals("UP", health.getString("status"), health.toString());
        List<String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name") + "=" + check.getString("status")).toList();
        assertTrue(checks.containsAll(List.of("database=UP", "broker=UP")), checks.toString());
    }

    /**
     * A GET of the path is refused with 401 without a valid token (none, garbage, expired,
     * signed by an untrusted key, from another issuer, unsigned) and with 403 for a valid token
     * that lacks the role; every refusal carries a correlation id.
     */
    public static void assertGuarded(WebTarget target, String path, String role, String otherRole) {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("not a JWT", "not-a-jwt");
        invalid.put("expired", TestStack.expiredToken(role));
        invalid.put("untrusted key", TestStack.tokenFromAnUntrustedKey(role));
        invalid.put("another issuer", TestStack.tokenFromAnotherIssuer(role));
        invalid.put("alg none", TestStack.unsignedToken(role));
        invalid.forEach((what, token) -> {
            try (Response response = get(target, path, token)) {
                assertEquals(401, response.getStatus(), what);
            }
        });
        try (Response response = get(target, path, TestStack.token(otherRole))) {
            assertEquals(403, response.getStatus(), "role " + otherRole);
            assertTrue(response.getHeaderString("X-Correlation-Id") != null, "no correlation id on a refusal");
        }
    }
}
