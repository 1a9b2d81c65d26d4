package io.sigillum.trustregistry.trust;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trust.snapshot.SnapshotEtag;
import io.sigillum.trust.snapshot.SnapshotJson;
import io.sigillum.trustregistry.testing.RegistryCalls;
import io.sigillum.trustregistry.testing.TestPki;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

import static io.sigillum.trustregistry.testing.RegistryCalls.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /snapshot}: the whole trust state at the current version, as the trust library reads
 * it, with a strong ETag, 304 on {@code If-None-Match}, and a new version after every change.
 */
@ExtendWith(TestStack.class)
@HelidonTest
class SnapshotTest {

    @Inject
    private WebTarget target;

    private record Served(byte[] body, String etag, TrustSnapshot snapshot) {
    }

    private Served snapshot(String token) throws Exception {
        try (Response response = new RegistryCalls(target, token).get("/snapshot")) {
            assertEquals(200, response.getStatus());
            assertEquals("application/json", response.getMediaType().toString());
            assertEquals("no-cache", response.getHeaderString("Cache-Control"));
            byte[] body = response.readEntity(byte[].class);
            return new Served(body, response.getHeaderString("ETag"), SnapshotJson.read(body));
        }
    }

    @Test
    void theSnapshotIsTheRegistrysStateAtItsVersion() throws Exception {
        RegistryCalls calls = new RegistryCalls(target);
        TestPki pki = TestPki.named("Snapshot " + System.nanoTime());
        String id = RegistryCalls.newIssuerId("snapshot");
        calls.post("/issuers", Json.createObjectBuilder().add("id", id).add("legalName", "Snapshot SE").add("country", "EU")
                .add("validity", Json.createObjectBuilder().add("notBefore", "2026-01-01T00:00:00Z")
                        .add("notAfter", "2036-01-01T00:00:00.123456Z"))
                .add("reason", "t").build()).close();
        String rootId = "snap-root-" + System.nanoTime();
        calls.addCertificate(id, rootId, "root", TestPki.base64(pki.root.certificate()));
        JsonObject gone = calls.addCertificate(id, null, "intermediate", TestPki.base64(pki.intermediate.certificate()));
        PublicKey key = EcKeyPairs.p256().getPublic();
        String keyId = "snap-key-" + System.nanoTime();
        try (Response response = calls.post("/anchors", Json.createObjectBuilder().add("issuer", id).add("id", keyId).add("type", "jwk")
                .add("jwk", Json.createObjectBuilder(PublicJwks.of(key, "k1").toJSONObject())).add("reason", "t").build())) {
            assertEquals(201, response.getStatus(), () -> response.readEntity(String.class));
        }
        calls.grantVct(id, "urn:test:snapshot");
        JsonObject revoked = calls.grantVct(id, "urn:test:revoked");
        try (Response response = calls.post("/authorizations", Json.createObjectBuilder().add("issuer", id)
                .add("doctype", "org.iso.18013.5.1.mDL")
                .add("validity", Json.createObjectBuilder().add("notAfter", "2030-01-01T00:00:00Z")).add("reason", "t").build())) {
            assertEquals(201, response.getStatus());
        }
        calls.post("/anchors/" + gone.getString("id") + "/removal", Json.createObjectBuilder().add("reason", "t").build()).close();
        calls.post("/authorizations/" + revoked.getString("id") + "/revocation", Json.createObjectBuilder().add("reason", "t").build()).close();
        calls.state(id, "suspended");
        long version = RegistryCalls.version();

        Served served = snapshot(TestStack.token("verifier-rp"));
        assertEquals(version, served.snapshot().version());
        assertEquals(SnapshotEtag.of(version, served.body()), served.etag());
        assertTrue(served.etag().startsWith("\"" + version + "-"), served.etag());
        assertArrayEquals(SnapshotJson.write(served.snapshot()), served.body(), "served in the canonical form");

        TrustedIssuer issuer = served.snapshot().issuer(id).orElseThrow();
        TrustedIssuer expected = new TrustedIssuer(id, "Snapshot SE", "EU", IssuerState.SUSPENDED,
                ValidityWindow.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00.123456Z")),
                List.of(new CertificateAnchor(rootId, AnchorKind.ROOT, pki.root.certificate()), new KeyAnchor(keyId, key)),
                List.of(Authorization.of(CredentialType.vct("urn:test:snapshot")),
                        new Authorization(CredentialType.doctype("org.iso.18013.5.1.mDL"),
                                ValidityWindow.until(Instant.parse("2030-01-01T00:00:00Z")))));
        assertEquals(expected.id(), issuer.id());
        assertEquals(expected.legalName(), issuer.legalName());
        assertEquals(expected.country(), issuer.country());
        assertEquals(expected.state(), issuer.state());
        assertEquals(expected.validity(), issuer.validity());
        assertEquals(expected.authorizations(), issuer.authorizations(), "the revoked one is gone");
        assertEquals(2, issuer.anchors().size(), "the removed intermediate is gone");
        assertEquals(expected.anchors().get(0), issuer.anchors().get(0));
        KeyAnchor keyAnchor = (KeyAnchor) issuer.anchors().get(1);
        assertEquals(keyId, keyAnchor.id());
        assertArrayEquals(key.getEncoded(), keyAnchor.key().getEncoded());

        // generatedAt is the time of the change that made the version: the same on every replica.
        try (Response log = calls.get("/changes?since=" + (version - 1))) {
            JsonObject last = log.readEntity(JsonObject.class).getJsonArray("changes").getJsonObject(0);
            assertEquals(Instant.parse(last.getString("changedAt")), served.snapshot().generatedAt());
        }
    }

    @Test
    void aClientHoldingTheCurrentSnapshotGets304UntilTheNextChange() throws Exception {
        RegistryCalls calls = new RegistryCalls(target, TestStack.token("verifier-rp"));
        Served first = snapshot(TestStack.token("trust-admin"));
        for (String ifNoneMatch : List.of(first.etag(), "W/" + first.etag(), "\"0-other\", " + first.etag(), "*")) {
            try (Response response = calls.request("/snapshot").header("If-None-Match", ifNoneMatch).get()) {
                assertEquals(304, response.getStatus(), ifNoneMatch);
                assertEquals(first.etag(), response.getHeaderString("ETag"));
                assertEquals("no-cache", response.getHeaderString("Cache-Control"));
                assertFalse(response.hasEntity());
            }
        }
        try (Response response = calls.request("/snapshot").header("If-None-Match", "\"0-other\"").get()) {
            assertEquals(200, response.getStatus());
        }

        new RegistryCalls(target).register(RegistryCalls.newIssuerId("next-version"));
        try (Response response = calls.request("/snapshot").header("If-None-Match", first.etag()).get()) {
            assertEquals(200, response.getStatus(), "the version moved");
            assertNotEquals(first.etag(), response.getHeaderString("ETag"));
            TrustSnapshot next = SnapshotJson.read(response.readEntity(byte[].class));
            assertTrue(next.version() > first.snapshot().version());
        }
    }

    @Test
    void theSnapshotIsForVerifiersAndAdministratorsOnly() {
        try (Response response = new RegistryCalls(target, TestStack.token("issuer-admin")).get("/snapshot")) {
            assertEquals(403, response.getStatus());
        }
        try (Response response = new RegistryCalls(target, null).get("/snapshot")) {
            assertEquals(401, response.getStatus());
        }
        try (Response response = new RegistryCalls(target).get("/issuer?id=" + query("https://nobody.example"))) {
            assertEquals(404, response.getStatus());
        }
    }
}
