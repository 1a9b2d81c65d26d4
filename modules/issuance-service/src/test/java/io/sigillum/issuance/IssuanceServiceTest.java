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
            assertEquals("https://localhost:8443/nonce", metadata.getString("nonce_endpoint"));
            assertEquals(10, metadata.getJsonObject("batch_credential_issuance").getInt("batch_size"));
            assertFalse(metadata.containsKey("authorization_servers"), "the issuer is its own authorization server");
            JsonObject pid = metadata.getJsonObject("credential_configurations_supported")
                    .getJsonObject("eu.europa.ec.eudi.pid_vc_sd_jwt");
            assertEquals("dc+sd-jwt", pid.getString("format"));
            assertEquals("urn:eudi:pid:1", pid.getString("vct"));
            assertEquals(List.of("jwk"), pid.getJsonArray("cryptographic_binding_methods_supported")
                    .getValuesAs(JsonString::getString));
            assertEquals(List.of("ES256"), pid.getJsonObject("proof_types_supported").getJsonObject("jwt")
                    .getJsonArray("proof_signing_alg_values_supported").getValuesAs(JsonString::getString));
            JsonArray claims = pid.getJsonObject("credential_metadata").getJsonArray("claims");
            assertTrue(claims.stream().map(c -> c.asJsonObject().getJsonArray("path").toString())
                    .anyMatch("[\"age_equal_or_over\",\"18\"]"::equals));
            assertTrue(claims.stream().map(c -> c.asJsonObject().getJsonArray("path").toString())
                    .anyMatch("[\"nationalities\",null]"::equals));
            assertTrue(metadata.getJsonObject("credential_configurations_supported")
                    .containsKey("io.sigillum.employee_badge_sd_jwt"), "configurations are data: a second one");
        }
    }

    @Test
    void isItsOwnAuthorizationServerForThePreAuthorizedGrantWithDpop() {
        try (Response response = target.path("/.well-known/oauth-authorization-server").request().get()) {
            assertEquals(200, response.getStatus());
            JsonObject metadata = response.readEntity(JsonObject.class);
            assertEquals("https://localhost:8443", metadata.getString("issuer"));
            assertEquals("https://localhost:8443/token", metadata.getString("token_endpoint"));
            assertTrue(metadata.getBoolean("pre-authorized_grant_anonymous_access_supported"));
            assertEquals(List.of("ES256"), metadata.getJsonArray("dpop_signing_alg_values_supported")
                    .getValuesAs(JsonString::getString));
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
    void personRecordsNeedAttributesAndStayWithTheOperators() {
        String admin = TestStack.token("issuer-admin");
        try (Response noAttributes = target.path("/people/p-empty").request().header("Authorization", "Bearer " + admin)
                .put(jakarta.ws.rs.client.Entity.json("{\"pending\":true}"))) {
            assertEquals(400, noAttributes.getStatus());
        }
        try (Response unknown = ServiceChecks.get(target, "/people/p-empty", admin)) {
            assertEquals(404, unknown.getStatus(), "a refused record was not kept");
        }
        ServiceChecks.assertGuarded(target, "/people/p-empty", "issuer-admin", "verifier-rp");
    }

    @Test
    void offersAreForIssuerAdministratorsOnly() {
        ServiceChecks.assertGuarded(target, "/offers", "issuer-admin", "verifier-rp");
    }
}
