package io.sigillum.issuance;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.platform.testing.ServiceChecks;
import io.sigillum.platform.testing.TestDatabase;
import io.sigillum.platform.testing.TestStack;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestStack.class)
@HelidonTest
class IssuanceServiceTest {

    @Inject
    private WebTarget target;

    @Test
    void isReady() {
        ServiceChecks.assertReady(target);
    }

    @Test
    void publishesItsMetadataToAnyone() {
        try (Response response = target.path("/.well-known/openid-credential-issuer").request().get()) {
            assertEquals(200, response.getStatus());
            assertEquals("application/json", response.getMediaType().toString());
            JsonObject metadata = response.readEntity(JsonObject.class);
            assertEquals("https://localhost:8443", metadata.getString("credential_issuer"));
            assertEquals("https://localhost:8443/credential", metadata.getString("credential_endpoint"));
            assertTrue(metadata.getJsonObject("credential_configurations_supported").isEmpty());
            assertFalse(metadata.containsKey("nonce_endpoint"), "absent members are left out, not null");
        }
    }

    @Test
    void listsOffersWithTheirConfigurationsToIssuerAdministrators() {
        TestDatabase.execute("INSERT INTO issuance.credential_offer (id, subject, state, created_at, expires_at)"
                + " VALUES ('o1', 'person-1', 'offered', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        TestDatabase.execute("INSERT INTO issuance.credential_offer_configuration VALUES ('o1', 'eu.europa.ec.eudi.pid_vc_sd_jwt')");
        TestDatabase.execute("INSERT INTO issuance.credential_offer_configuration VALUES ('o1', 'eu.europa.ec.eudi.pid_mdoc')");
        try (Response response = ServiceChecks.get(target, "/offers", TestStack.token("issuer-admin"))) {
            assertEquals(200, response.getStatus());
            JsonObject offer = response.readEntity(JsonArray.class).getJsonObject(0);
            assertEquals("o1", offer.getString("id"));
            assertEquals("person-1", offer.getString("subject"));
            assertEquals("offered", offer.getString("state"));
            assertEquals(List.of("eu.europa.ec.eudi.pid_mdoc", "eu.europa.ec.eudi.pid_vc_sd_jwt"),
                    offer.getJsonArray("credentialConfigurationIds").getValuesAs(JsonString::getString));
        }
    }

    @Test
    void offersAreForIssuerAdministratorsOnly() {
        ServiceChecks.assertGuarded(target, "/offers", "issuer-admin", "verifier-rp");
    }
}
