package io.sigillum.trustregistry.trust;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.crypto.x509.SubjectName;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.trustregistry.testing.RegistryCalls;
import io.sigillum.trustregistry.testing.TestPki;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /evaluations}: every answer of the trust library through the HTTP API, against a
 * small PKI each test builds and registers, and the requests that are no evaluation refused with
 * a 400 problem, the registry unchanged.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class EvaluationTest {

    private static final String PID = "urn:test:pid:" + System.nanoTime();

    @Inject
    private WebTarget target;

    /** A registered issuer with the PKI's root as anchor and an authorization for {@link #PID}. */
    private record Registered(String issuer, String rootAnchor, TestPki pki) {
    }

    private Registered registered(String name) {
        RegistryCalls calls = new RegistryCalls(target);
        TestPki pki = TestPki.named(name + " " + System.nanoTime());
        String issuer = RegistryCalls.newIssuerId(name.toLowerCase());
        calls.register(issuer);
        String root = calls.addCertificate(issuer, null, "root", TestPki.base64(pki.root.certificate())).getString("id");
        calls.grantVct(issuer, PID);
        return new Registered(issuer, root, pki);
    }

    private Response evaluate(JsonObject body) {
        return new RegistryCalls(target, TestStack.token("verifier-rp")).post("/evaluations", body);
    }

    private JsonObject answer(JsonObject body) {
        try (Response response = evaluate(body)) {
            assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
            return response.readEntity(JsonObject.class);
        }
    }

    private static JsonObjectBuilder chain(List<String> x5c, String vct) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        x5c.forEach(array::add);
        return Json.createObjectBuilder().add("x5c", array).add("credentialType", Json.createObjectBuilder().add("vct", vct));
    }

    private static void refusedFor(String reason, JsonObject answer, String issuer) {
        assertFalse(answer.getBoolean("trusted"), answer.toString());
        assertEquals(reason, answer.getString("reason"), answer.toString());
        assertFalse(answer.getString("detail").isBlank());
        if (issuer == null) {
            assertFalse(answer.containsKey("issuer"), answer.toString());
        } else {
            assertEquals(issuer, answer.getJsonObject("issuer").getString("id"), answer.toString());
        }
    }

    @Test
    void aChainToARegisteredRootOfAnAuthorizedActiveIssuerIsTrusted() {
        Registered pid = registered("Trusted");
        JsonObject answer = answer(chain(pid.pki().x5cWithoutRoot(), PID).build());
        assertTrue(answer.getBoolean("trusted"), answer.toString());
        assertEquals(pid.issuer(), answer.getJsonObject("issuer").getString("id"));
        assertEquals("DE", answer.getJsonObject("issuer").getString("country"));
        assertEquals("active", answer.getJsonObject("issuer").getString("state"));
        assertEquals(pid.rootAnchor(), answer.getString("anchor"));
        assertEquals(RegistryCalls.version(), answer.getJsonNumber("version").longValue());
        assertFalse(answer.containsKey("reason"));
        assertTrue(answer(chain(pid.pki().x5c(), PID).build()).getBoolean("trusted"), "the root may be sent too");
        assertTrue(answer(chain(pid.pki().x5c(), PID).add("at", Instant.now().plus(Duration.ofDays(1)).toString()).build())
                .getBoolean("trusted"));
    }

    @Test
    void theTypeMustBeAuthorized() {
        Registered pid = registered("Types");
        refusedFor("type_not_authorized", answer(chain(pid.pki().x5c(), "urn:test:other").build()), pid.issuer());
        refusedFor("type_not_authorized", answer(chain(pid.pki().x5c(), PID).add("credentialType",
                Json.createObjectBuilder().add("doctype", PID)).build()), pid.issuer());
    }

    @Test
    void certificatesAreValidatedAtTheTimeAsked() {
        Registered pid = registered("Times");
        refusedFor("expired", answer(chain(pid.pki().x5c(), PID).add("at", Instant.now().plus(Duration.ofDays(400)).toString())
                .build()), null);
        refusedFor("not_yet_valid", answer(chain(pid.pki().x5c(), PID).add("at", "2020-01-01T00:00:00Z").build()), null);
    }

    @Test
    void aChainToNoRegisteredAnchorIsUnknown() {
        TestPki stranger = TestPki.named("Stranger " + System.nanoTime());
        refusedFor("unknown_anchor", answer(chain(stranger.x5c(), PID).build()), null);
        PublicKey unknownKey = EcKeyPairs.p256().getPublic();
        refusedFor("unknown_anchor", answer(Json.createObjectBuilder()
                .add("jwk", Json.createObjectBuilder(PublicJwks.of(unknownKey, null).toJSONObject()))
                .add("credentialType", Json.createObjectBuilder().add("vct", PID)).build()), null);
    }

    @Test
    void aChainWithALoopOrABrokenLinkIsInvalid() {
        Registered pid = registered("Loops");
        List<String> x5c = pid.pki().x5c();
        // The intermediate twice: a subject repeated is a loop, refused before PKIX.
        refusedFor("chain_invalid", answer(chain(List.of(x5c.get(0), x5c.get(1), x5c.get(1), x5c.get(2)), PID).build()), null);
        // A leaf of another CA in front of the registered PKI's intermediate: the names do not chain.
        TestPki impostor = TestPki.named("Impostor " + System.nanoTime());
        var forged = impostor.intermediate.issue(new CredentialIssuerRequest(SubjectName.of("forged.example"),
                URI.create("https://forged.example"), Duration.ofDays(1)));
        List<String> mixed = List.of(DerCertificates.toX5c(forged.chain()).get(0), x5c.get(1));
        refusedFor("chain_invalid", answer(chain(mixed, PID).build()), null);
    }

    @Test
    void theIssuersStateDecides() {
        Registered pid = registered("States");
        RegistryCalls calls = new RegistryCalls(target);
        calls.state(pid.issuer(), "suspended");
        refusedFor("issuer_suspended", answer(chain(pid.pki().x5c(), PID).build()), pid.issuer());
        calls.state(pid.issuer(), "active");
        assertTrue(answer(chain(pid.pki().x5c(), PID).build()).getBoolean("trusted"), "reinstated");
        calls.state(pid.issuer(), "withdrawn");
        JsonObject withdrawn = answer(chain(pid.pki().x5c(), PID).build());
        refusedFor("issuer_withdrawn", withdrawn, pid.issuer());
        assertEquals("withdrawn", withdrawn.getJsonObject("issuer").getString("state"));
    }

    @Test
    void aRootSharedByTwoTrustedIssuersIsAmbiguous() {
        Registered first = registered("Shared");
        RegistryCalls calls = new RegistryCalls(target);
        String second = RegistryCalls.newIssuerId("shared-second");
        calls.register(second);
        calls.addCertificate(second, null, "root", TestPki.base64(first.pki().root.certificate()));
        calls.grantVct(second, PID);
        // Which of the two issued cannot be told, so neither is named.
        refusedFor("ambiguous_issuer", answer(chain(first.pki().x5c(), PID).build()), null);
    }

    @Test
    void aRegisteredKeyIsTrustedForItsIssuer() {
        RegistryCalls calls = new RegistryCalls(target);
        String issuer = RegistryCalls.newIssuerId("by-key");
        calls.register(issuer);
        PublicKey key = EcKeyPairs.p256().getPublic();
        JsonObject jwk = Json.createObjectBuilder(PublicJwks.of(key, "kid-1").toJSONObject()).build();
        try (Response response = calls.post("/anchors", Json.createObjectBuilder().add("issuer", issuer).add("type", "jwk")
                .add("jwk", jwk).add("reason", "its key").build())) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
        }
        calls.grantVct(issuer, PID);
        JsonObject answer = answer(Json.createObjectBuilder().add("jwk", jwk)
                .add("credentialType", Json.createObjectBuilder().add("vct", PID)).build());
        assertTrue(answer.getBoolean("trusted"), answer.toString());
        assertEquals(issuer, answer.getJsonObject("issuer").getString("id"));
    }

    @Test
    void requestsThatAreNoEvaluationAreRefused() {
        Registered pid = registered("Malformed");
        List<String> tooLong = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tooLong.add(pid.pki().x5c().get(i % 3));
        }
        JsonObject type = Json.createObjectBuilder().add("vct", PID).build();
        List<JsonObject> bodies = List.of(
                chain(List.of("not base64!"), PID).build(),
                chain(List.of("AAAA"), PID).build(),
                chain(tooLong, PID).build(),
                Json.createObjectBuilder().add("credentialType", type).build(),
                chain(pid.pki().x5c(), PID).add("jwk", Json.createObjectBuilder().add("kty", "EC")).build(),
                chain(pid.pki().x5c(), PID).add("credentialType", Json.createObjectBuilder().add("vct", "a").add("doctype", "b")).build(),
                Json.createObjectBuilder().add("x5c", Json.createArrayBuilder().add(pid.pki().x5c().get(0))).build(),
                chain(pid.pki().x5c(), PID).add("at", "yesterday").build(),
                Json.createObjectBuilder().add("jwk", Json.createObjectBuilder().add("kty", "EC").add("crv", "P-256"))
                        .add("credentialType", type).build());
        long before = RegistryCalls.version();
        for (JsonObject body : bodies) {
            try (Response response = evaluate(body)) {
                String problem = response.readEntity(String.class);
                assertEquals(400, response.getStatus(), body + " → " + problem);
                assertTrue(problem.contains("urn:sigillum:problem:"), problem);
            }
        }
        assertEquals(before, RegistryCalls.version());
        try (Response response = new RegistryCalls(target, null).post("/evaluations", chain(pid.pki().x5c(), PID).build())) {
            assertEquals(401, response.getStatus());
        }
    }
}
