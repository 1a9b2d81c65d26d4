package io.sigillum.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.Wallet;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trust decisions made at the registry reach the verifier: a suspended issuer and a withdrawn
 * authorization fail presentations of what that issuer issued, and restoring them restores
 * acceptance. Changes the shared registry, so it runs after the other presentation tests.
 */
final class TrustScenario {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PID = "urn:eudi:pid:1";
    private static final String REASON = "\"reason\":\"end-to-end test of trust changes\"";

    private final StackActors actors;
    private final PresentationScenarios presentations;

    TrustScenario(StackActors actors, PresentationScenarios presentations) {
        this.actors = actors;
        this.presentations = presentations;
    }

    void registryDecisionsReachTheVerifier() throws Exception {
        Wallet wallet = actors.wallet(1);
        actors.issuePid(wallet, "e2e-trust-" + UUID.randomUUID());
        String issuer = URLEncoder.encode(StackActors.GATEWAY, StandardCharsets.UTF_8);

        change(actors.https().put(URI.create(StackActors.GATEWAY + "/admin/trust/issuer/state?id=" + issuer),
                actors.token("trust-admin"), "{\"state\":\"suspended\"," + REASON + "}"));
        presentations.assertFailsWith(wallet, "issuer_untrusted");
        change(actors.https().put(URI.create(StackActors.GATEWAY + "/admin/trust/issuer/state?id=" + issuer),
                actors.token("trust-admin"), "{\"state\":\"active\"," + REASON + "}"));
        presentations.assertVerified(wallet);

        String authorization = activeAuthorization(issuer);
        HttpResponse<String> revoked = actors.https().post(URI.create(StackActors.GATEWAY + "/admin/trust/authorizations/"
                + authorization + "/revocation"), actors.token("trust-admin"), "{" + REASON + "}");
        change(revoked);
        presentations.assertFailsWith(wallet, "issuer_not_authorized");
        HttpResponse<String> granted = actors.https().post(URI.create(StackActors.GATEWAY + "/admin/trust/authorizations"),
                actors.token("trust-admin"), "{\"issuer\":\"" + StackActors.GATEWAY + "\",\"vct\":\"" + PID + "\"," + REASON + "}");
        assertEquals(201, granted.statusCode(), granted.body());
        awaitVerifierHoldsTheCurrentSnapshot();
        presentations.assertVerified(wallet);
    }

    private void change(HttpResponse<String> answer) throws Exception {
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, answer.body());
        awaitVerifierHoldsTheCurrentSnapshot();
    }

    private String activeAuthorization(String issuer) {
        HttpResponse<String> detail = actors.https().get(URI.create(StackActors.GATEWAY + "/admin/trust/issuer?id=" + issuer),
                actors.token("trust-admin"));
        assertEquals(200, detail.statusCode(), detail.body());
        for (JsonNode authorization : StackActors.json(detail.body()).path("authorizations")) {
            JsonNode revokedAt = authorization.path("revokedAt");
            if (PID.equals(authorization.path("vct").asText()) && (revokedAt.isMissingNode() || revokedAt.isNull())) {
                return authorization.path("id").asText();
            }
        }
        throw new AssertionError("the deployment's issuer holds no authorization for " + PID + ": " + detail.body());
    }

    /** The verifier learns of changes from trust.changed events; wait until it holds the registry's version. */
    private void awaitVerifierHoldsTheCurrentSnapshot() throws Exception {
        HttpResponse<String> snapshot = actors.https().get(URI.create(StackActors.GATEWAY + "/trust/snapshot"),
                actors.token("trust-admin"));
        assertEquals(200, snapshot.statusCode(), snapshot.body());
        long current = StackActors.json(snapshot.body()).path("version").asLong();
        long held = -1;
        for (Instant deadline = Instant.now().plus(PATIENCE); held < current && Instant.now().isBefore(deadline); ) {
            HttpResponse<String> health = actors.https().get(URI.create("https://127.0.0.1:8082/health/ready"), null);
            for (JsonNode check : StackActors.json(health.body()).path("checks")) {
                if ("trust".equals(check.path("name").asText())) {
                    held = check.path("data").path("version").asLong(-1);
                }
            }
            if (held < current) {
                Thread.sleep(200);
            }
        }
        assertTrue(held >= current, "the verification service holds trust snapshot " + held + ", the registry is at " + current);
    }
}
