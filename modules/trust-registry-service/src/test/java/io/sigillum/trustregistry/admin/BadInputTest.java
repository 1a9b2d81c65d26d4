package io.sigillum.trustregistry.admin;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.platform.testing.TestStack;
import io.sigillum.trustregistry.testing.RegistryCalls;
import io.sigillum.trustregistry.testing.TestPki;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.util.Base64;
import java.util.function.Supplier;

import static io.sigillum.trustregistry.testing.RegistryCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to the administration API: each refusal is a clear 4xx problem, and the registry is
 * left as it was (its version does not move).
 */
@ExtendWith(TestStack.class)
@HelidonTest
class BadInputTest {

    private static final TestPki PKI = TestPki.named("Bad Input");

    @Inject
    private WebTarget target;

    private RegistryCalls calls;
    private String issuer;

    @BeforeEach
    void anIssuer() {
        calls = new RegistryCalls(target);
        issuer = RegistryCalls.newIssuerId("bad-input");
        calls.register(issuer);
    }

    /** Runs the call, expects the status and a problem, and checks the registry's version did not move. */
    private void refused(int status, String why, Supplier<Response> call) {
        long before = RegistryCalls.version();
        try (Response response = call.get()) {
            String body = response.readEntity(String.class);
            assertEquals(status, response.getStatus(), why + ": " + body);
            // Refusals of the security layer (401, 403) carry no body to check.
            if (status != 401 && status != 403) {
                assertTrue(String.valueOf(response.getMediaType()).startsWith("application/problem+json"), why + ": " + response.getMediaType());
                assertTrue(body.contains("\"type\":\"urn:sigillum:problem:") || body.contains("\"type\":\"about:blank\""), why + ": " + body);
            }
        }
        assertEquals(before, RegistryCalls.version(), why + ": the registry changed");
    }

    private JsonObjectBuilder anchor(String kind, String certificate) {
        return Json.createObjectBuilder().add("issuer", issuer).add("type", "x509").add("kind", kind)
                .add("certificate", certificate).add("reason", "testing");
    }

    @Test
    void malformedCertificatesAreRefused() {
        String root = TestPki.base64(PKI.root.certificate());
        String pem = Pem.encodeCertificate(PKI.root.certificate());
        refused(400, "garbage base64", () -> calls.post("/anchors", anchor("root", "not*base64!").build()));
        refused(400, "base64 of no certificate", () -> calls.post("/anchors", anchor("root",
                Base64.getEncoder().encodeToString("hello, world".getBytes(StandardCharsets.US_ASCII))).build()));
        refused(400, "base64 with line breaks", () -> calls.post("/anchors", anchor("root",
                root.substring(0, 40) + "\n" + root.substring(40)).build()));
        refused(400, "DER with trailing bytes", () -> calls.post("/anchors", anchor("root",
                Base64.getEncoder().encodeToString(concat(Base64.getDecoder().decode(root), new byte[]{0}))).build()));
        refused(400, "PEM with junk before", () -> calls.post("/anchors", anchor("root", "junk\n" + pem).build()));
        refused(400, "PEM with junk after", () -> calls.post("/anchors", anchor("root", pem + "more junk").build()));
        refused(400, "PEM with two blocks", () -> calls.post("/anchors", anchor("root",
                pem + Pem.encodeCertificate(PKI.intermediate.certificate())).build()));
        refused(400, "PEM of a key", () -> calls.post("/anchors", anchor("root",
                Pem.encodePublicKey(EcKeyPairs.p256().getPublic())).build()));
        refused(400, "no certificate", () -> calls.post("/anchors", Json.createObjectBuilder().add("issuer", issuer)
                .add("type", "x509").add("kind", "root").add("reason", "testing").build()));
        refused(400, "no kind", () -> calls.post("/anchors", Json.createObjectBuilder().add("issuer", issuer)
                .add("type", "x509").add("certificate", root).add("reason", "testing").build()));
        refused(400, "an unknown kind", () -> calls.post("/anchors", anchor("trusted-forever", root).build()));
        refused(400, "an anchor id with a slash", () -> calls.post("/anchors", anchor("root", root).add("id", "a/b").build()));
    }

    @Test
    void whatTheTrustModelRefusesIsRefused() {
        refused(422, "an end-entity certificate registered as a root", () -> calls.post("/anchors",
                anchor("root", TestPki.base64(PKI.leaf.certificate())).build()));
        refused(422, "a root registered as an intermediate", () -> calls.post("/anchors",
                anchor("intermediate", TestPki.base64(PKI.root.certificate())).build()));
        refused(422, "a CA registered as a pinned leaf", () -> calls.post("/anchors",
                anchor("leaf", TestPki.base64(PKI.intermediate.certificate())).build()));
        var keys = EcKeyPairs.p256();
        var privateJwk = new com.nimbusds.jose.jwk.ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256,
                (java.security.interfaces.ECPublicKey) keys.getPublic()).privateKey((ECPrivateKey) keys.getPrivate()).build();
        refused(422, "a private JWK", () -> calls.post("/anchors", Json.createObjectBuilder().add("issuer", issuer).add("type", "jwk")
                .add("jwk", Json.createObjectBuilder(privateJwk.toJSONObject())).add("reason", "testing").build()));
        refused(422, "a symmetric JWK", () -> calls.post("/anchors", Json.createObjectBuilder().add("issuer", issuer).add("type", "jwk")
                .add("jwk", Json.createObjectBuilder().add("kty", "oct").add("k", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0")).add("reason", "t").build()));
        refused(400, "a JWK that is none", () -> calls.post("/anchors", Json.createObjectBuilder().add("issuer", issuer).add("type", "jwk")
                .add("jwk", Json.createObjectBuilder().add("kty", "EC").add("crv", "P-256").add("x", "AAAA")).add("reason", "t").build()));
        refused(422, "a country that is none", () -> calls.post("/issuers", Json.createObjectBuilder()
                .add("id", RegistryCalls.newIssuerId("no-country")).add("legalName", "X").add("country", "XX").add("reason", "t").build()));
        refused(422, "an empty validity window", () -> calls.put("/issuer?id=" + query(issuer), Json.createObjectBuilder()
                .add("legalName", "X").add("country", "DE").add("validity", Json.createObjectBuilder().add("notBefore", "2027-01-01T00:00:00Z").add("notAfter", "2026-01-01T00:00:00Z"))
                .add("reason", "t").build()));
        refused(400, "both vct and doctype", () -> calls.post("/authorizations", Json.createObjectBuilder().add("issuer", issuer)
                .add("vct", "urn:a").add("doctype", "org.iso.18013.5.1.mDL").add("reason", "t").build()));
        refused(422, "a vct with a control character", () -> calls.post("/authorizations", Json.createObjectBuilder()
                .add("issuer", issuer).add("vct", "urn:a\u0007").add("reason", "t").build()));
    }

    @Test
    void theSameCertificateTwiceOrAnAnchorIdTakenAreConflicts() {
        String root = TestPki.base64(PKI.root.certificate());
        String id = "bad-input-root-" + System.nanoTime();
        calls.addCertificate(issuer, id, "root", root);
        refused(409, "the same root twice for one issuer", () -> calls.post("/anchors", anchor("root", root).build()));
        String other = RegistryCalls.newIssuerId("other");
        calls.register(other);
        refused(409, "an anchor id taken", () -> calls.post("/anchors", anchor("intermediate",
                TestPki.base64(PKI.intermediate.certificate())).add("id", id).add("issuer", other).build()));
        refused(409, "an issuer registered twice", () -> calls.post("/issuers", Json.createObjectBuilder().add("id", issuer)
                .add("legalName", "Again").add("country", "DE").add("reason", "t").build()));
        refused(409, "an update that changes nothing", () -> calls.put("/issuer?id=" + query(issuer),
                Json.createObjectBuilder().add("legalName", "Legal name of " + issuer).add("country", "DE").add("reason", "t").build()));
        calls.state(issuer, "suspended");
        refused(409, "suspending twice", () -> calls.put("/issuer/state?id=" + query(issuer),
                Json.createObjectBuilder().add("state", "suspended").add("reason", "t").build()));
    }

    @Test
    void aWithdrawnIssuerCannotBeChangedAnyMore() {
        JsonObject granted = calls.grantVct(issuer, "urn:eudi:pid:1");
        JsonObject anchor = calls.addCertificate(issuer, null, "root", TestPki.base64(PKI.root.certificate()));
        calls.state(issuer, "withdrawn");
        JsonObject reason = Json.createObjectBuilder().add("reason", "t").build();
        refused(409, "withdrawing twice", () -> calls.put("/issuer/state?id=" + query(issuer),
                Json.createObjectBuilder().add("state", "withdrawn").add("reason", "t").build()));
        refused(409, "reinstating", () -> calls.put("/issuer/state?id=" + query(issuer),
                Json.createObjectBuilder().add("state", "active").add("reason", "t").build()));
        refused(409, "updating", () -> calls.put("/issuer?id=" + query(issuer),
                Json.createObjectBuilder().add("legalName", "New").add("country", "DE").add("reason", "t").build()));
        refused(409, "adding an anchor", () -> calls.post("/anchors", anchor("intermediate",
                TestPki.base64(PKI.intermediate.certificate())).build()));
        refused(409, "removing an anchor", () -> calls.post("/anchors/" + anchor.getString("id") + "/removal", reason));
        refused(409, "granting", () -> calls.post("/authorizations", Json.createObjectBuilder().add("issuer", issuer)
                .add("vct", "urn:other").add("reason", "t").build()));
        refused(409, "revoking", () -> calls.post("/authorizations/" + granted.getString("id") + "/revocation", reason));
    }

    @Test
    void unknownIssuersAnchorsAndAuthorizationsAreNotFound() {
        String unknown = RegistryCalls.newIssuerId("unknown");
        JsonObject reason = Json.createObjectBuilder().add("reason", "t").build();
        refused(404, "reading", () -> calls.get("/issuer?id=" + query(unknown)));
        refused(404, "suspending", () -> calls.put("/issuer/state?id=" + query(unknown),
                Json.createObjectBuilder().add("state", "suspended").add("reason", "t").build()));
        refused(404, "an anchor for it", () -> calls.post("/anchors", anchor("root", TestPki.base64(PKI.root.certificate()))
                .add("issuer", unknown).build()));
        refused(404, "granting to it", () -> calls.post("/authorizations", Json.createObjectBuilder().add("issuer", unknown)
                .add("vct", "urn:x").add("reason", "t").build()));
        refused(404, "removing an unknown anchor", () -> calls.post("/anchors/no-such-anchor/removal", reason));
        refused(404, "revoking an unknown authorization", () -> calls.post("/authorizations/no-such-authorization/revocation", reason));
        refused(400, "no issuer named", () -> calls.get("/issuer"));
    }

    @Test
    void everyChangeNeedsAReason() {
        refused(400, "registering", () -> calls.post("/issuers", Json.createObjectBuilder()
                .add("id", RegistryCalls.newIssuerId("no-reason")).add("legalName", "X").add("country", "DE").build()));
        refused(400, "a blank reason", () -> calls.put("/issuer/state?id=" + query(issuer),
                Json.createObjectBuilder().add("state", "suspended").add("reason", "   ").build()));
        refused(400, "a reason with a line feed", () -> calls.put("/issuer?id=" + query(issuer),
                Json.createObjectBuilder().add("legalName", "Y").add("country", "DE").add("reason", "fine\nFORGED LOG LINE").build()));
        refused(400, "an update without a country", () -> calls.put("/issuer?id=" + query(issuer),
                Json.createObjectBuilder().add("legalName", "Y").add("reason", "t").build()));
        refused(400, "a reason too long", () -> calls.post("/authorizations", Json.createObjectBuilder().add("issuer", issuer)
                .add("vct", "urn:x").add("reason", "x".repeat(1025)).build()));
        refused(400, "adding an anchor", () -> calls.post("/anchors", anchor("root", TestPki.base64(PKI.root.certificate()))
                .remove("reason").build()));
        refused(400, "removing an anchor, no body", () -> calls.request("/anchors/whatever/removal")
                .post(Entity.entity("{}", MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() {
        refused(400, "not JSON", () -> calls.post("/issuers", "{\"id\": "));
        refused(400, "a string for an object", () -> calls.post("/issuers", "\"issuer\""));
        refused(400, "an unknown state", () -> calls.put("/issuer/state?id=" + query(issuer),
                Json.createObjectBuilder().add("state", "dormant").add("reason", "t").build()));
        String huge = "{\"id\":\"" + RegistryCalls.newIssuerId("huge") + "\",\"legalName\":\"" + "x".repeat(300_000)
                + "\",\"country\":\"DE\",\"reason\":\"big\"}";
        refused(413, "a body over the limit", () -> calls.post("/issuers", huge));
        refused(413, "a body over the limit, in chunks", () -> calls.request("/issuers")
                .property("jersey.config.client.request.entity.processing", "CHUNKED")
                .post(Entity.entity(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)), MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void onlyTrustAdministratorsChangeTheRegistry() {
        JsonObject registration = Json.createObjectBuilder().add("id", RegistryCalls.newIssuerId("forbidden"))
                .add("legalName", "X").add("country", "DE").add("reason", "t").build();
        refused(401, "no token", () -> calls.as(null).post("/issuers", registration));
        refused(401, "an expired token", () -> calls.as(TestStack.expiredToken("trust-admin")).post("/issuers", registration));
        refused(401, "an unsigned token", () -> calls.as(TestStack.unsignedToken("trust-admin")).post("/issuers", registration));
        refused(403, "a verifier", () -> calls.as(TestStack.token("verifier-rp")).post("/issuers", registration));
        refused(403, "a verifier suspending", () -> calls.as(TestStack.token("verifier-rp")).put("/issuer/state?id=" + query(issuer),
                Json.createObjectBuilder().add("state", "suspended").add("reason", "t").build()));
        refused(403, "an issuer administrator", () -> calls.as(TestStack.token("issuer-admin")).post("/anchors",
                anchor("root", TestPki.base64(PKI.root.certificate())).build()));
        refused(403, "a status administrator reading the log", () -> calls.as(TestStack.token("status-admin")).get("/changes"));
        refused(401, "no token for the snapshot", () -> calls.as(null).get("/snapshot"));
        refused(403, "an issuer administrator evaluating", () -> calls.as(TestStack.token("issuer-admin")).post("/evaluations",
                Json.createObjectBuilder().add("x5c", Json.createArrayBuilder().add("AA==")).build()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
