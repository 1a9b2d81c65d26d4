package io.sigillum.keymanagement;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(TestStack.class)
@HelidonTest
class KeyManagementServiceTest {

    private static final String INSERT = "INSERT INTO key_management.managed_key"
            + " (kid, purpose, state, algorithm, public_jwk, created_at) VALUES (?, ?, ?, 'ES256', ?, CURRENT_TIMESTAMP)";

    @Inject
    private WebTarget target;

    private static String jwk(String kid) {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" + kid + "\","
                + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}";
    }

    @BeforeAll
    static void keysInEveryState() {
        TestDatabase.execute(INSERT, "k-next", "status-list-signing", "next", jwk("k-next"));
        TestDatabase.execute(INSERT, "k-active", "credential-signing", "active", jwk("k-active"));
        TestDatabase.execute(INSERT, "k-retired", "credential-signing", "retired", jwk("k-retired"));
        TestDatabase.execute(INSERT, "k-destroyed", "access-token-signing", "destroyed", jwk("k-destroyed"));
    }

    @Test
    void isReady() {
        ServiceChecks.assertReady(target);
    }

    @Test
    void publishesTheJwkSetOfEveryKeyThatMayStillVerify() {
        try (Response response = target.path("/jwks").request().get()) {
            assertEquals(200, response.getStatus());
            assertEquals("application/jwk-set+json", response.getMediaType().toString());
            JsonArray keys = response.readEntity(JsonObject.class).getJsonArray("keys");
            assertEquals(List.of("k-active", "k-next", "k-retired"),
                    keys.getValuesAs(JsonObject.class).stream().map(k -> k.getString("kid")).toList());
            JsonObject first = keys.getJsonObject(0);
            assertEquals("EC", first.getString("kty"));
            assertEquals("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", first.getString("x"));
        }
    }

    @Test
    void listsEveryKeyWithItsPurposeAndStateToKeyAdministrators() {
        try (Response response = ServiceChecks.get(target, "/keys", TestStack.token("kms-admin"))) {
            assertEquals(200, response.getStatus());
            List<String> keys = response.readEntity(JsonArray.class).getValuesAs(JsonObject.class).stream()
                    .map(k -> k.getString("kid") + ":" + k.getString("purpose") + ":" + k.getString("state")).sorted().toList();
            assertEquals(List.of("k-active:credential-signing:active", "k-destroyed:access-token-signing:destroyed",
                    "k-next:status-list-signing:next", "k-retired:credential-signing:retired"), keys);
        }
    }

    @Test
    void theInventoryIsForKeyAdministratorsOnly() {
        ServiceChecks.assertGuarded(target, "/keys", "kms-admin", "trust-admin");
    }
}
