package io.sigillum.trust.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.TrustSnapshot;
import io.sigillum.trust.model.TrustedIssuer;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trust.testing.Pki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static byte[] example() {
        try (InputStream in = SnapshotJsonTest.class.getResourceAsStream("/example-snapshot.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static TrustSnapshot everything() throws Exception {
        Pki pki = Pki.named("Json");
        CertificateAuthority iaca = Pki.iaca("Json IACA");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        var p384 = ec.generateKeyPair().getPublic();
        ec.initialize(new ECGenParameterSpec("secp521r1"));
        var p521 = ec.generateKeyPair().getPublic();
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        var p256 = ec.generateKeyPair().getPublic();
        var ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        return new TrustSnapshot(Long.MAX_VALUE, Instant.parse("2026-03-01T09:30:00.123456789Z"), List.of(
                new TrustedIssuer("https://all.example", "All Kinds AG", "CH", IssuerState.ACTIVE, ValidityWindow.between(t0, t0.plusSeconds(86400)),
                        List.of(new CertificateAnchor("root", AnchorKind.ROOT, pki.root.certificate()),
                                new CertificateAnchor("ca", AnchorKind.INTERMEDIATE, pki.intermediate.certificate()),
                                new CertificateAnchor("iaca", AnchorKind.IACA, iaca.certificate()),
                                new CertificateAnchor("leaf", AnchorKind.LEAF, pki.leaf.certificate()),
                                new KeyAnchor("p256", p256), new KeyAnchor("p384", p384), new KeyAnchor("p521", p521), new KeyAnchor("ed", ed)),
                        List.of(new Authorization(CredentialType.vct("urn:a"), ValidityWindow.from(t0)),
                                new Authorization(CredentialType.vct("urn:a"), ValidityWindow.until(t0)),
                                Authorization.of(CredentialType.doctype("org.iso.18013.5.1.mDL")))),
                new TrustedIssuer("Ünïcødé issuer", "Ελληνικό Όνομα", "EL", IssuerState.WITHDRAWN, ValidityWindow.UNBOUNDED, List.of(), List.of())));
    }

    @Test
    void aSnapshotSurvivesTheRoundTripAndItsFormIsStable() throws Exception {
        TrustSnapshot snapshot = everything();
        byte[] written = SnapshotJson.write(snapshot);
        TrustSnapshot read = SnapshotJson.read(written);
        assertEquals(snapshot, read);
        assertArrayEquals(written, SnapshotJson.write(read));
    }

    @Test
    void theDocumentedExampleReads() throws Exception {
        TrustSnapshot snapshot = SnapshotJson.read(example());
        assertEquals(42, snapshot.version());
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), snapshot.generatedAt());
        TrustedIssuer pid = snapshot.issuer("https://pid.example.eu").orElseThrow();
        assertEquals(IssuerState.ACTIVE, pid.state());
        assertEquals(ValidityWindow.from(Instant.parse("2026-01-01T00:00:00Z")), pid.validity());
        assertEquals(List.of(AnchorKind.ROOT, AnchorKind.IACA), pid.certificateAnchors().map(CertificateAnchor::kind).toList());
        assertEquals(2, pid.authorizations().size());
        assertEquals(1, pid.authorizationsFor(CredentialType.doctype("eu.europa.ec.eudi.pid.1")).size());
        TrustedIssuer diploma = snapshot.issuer("https://diploma.example.fr").orElseThrow();
        assertEquals(IssuerState.SUSPENDED, diploma.state());
        assertInstanceOf(java.security.interfaces.EdECPublicKey.class, diploma.keyAnchors().findFirst().orElseThrow().key());
    }

    @Test
    void theCanonicalFormIsCompactInTheDocumentedOrder() throws Exception {
        String canonical = new String(SnapshotJson.write(SnapshotJson.read(example())), StandardCharsets.UTF_8);
        assertTrue(canonical.startsWith("{\"version\":42,\"generatedAt\":\"2026-03-01T09:30:00Z\",\"issuers\":[{\"id\":\"https://pid.example.eu\","
                + "\"legalName\":\"Example PID Provider GmbH\",\"country\":\"DE\",\"state\":\"active\",\"validity\":{\"notBefore\":\"2026-01-01T00:00:00Z\"},"
                + "\"anchors\":[{\"id\":\"pid-root-2026\",\"type\":\"x509\",\"kind\":\"root\",\"certificate\":\"MII"), canonical);
        assertTrue(canonical.contains("\"jwk\":{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\""), canonical);
        assertTrue(canonical.endsWith("\"authorizations\":[{\"vct\":\"https://diploma.example.fr/credentials/diploma\"}]}]}"), canonical);
        assertTrue(canonical.indexOf(' ') < 0 || canonical.indexOf(' ') > canonical.indexOf("legalName"), "no white space outside strings");
    }

    @Test
    void timesAreReadWithAnyRfc3339Offset() throws Exception {
        String json = new String(example(), StandardCharsets.UTF_8)
                .replace("\"generatedAt\" : \"2026-03-01T09:30:00Z\"", "\"generatedAt\" : \"2026-03-01t10:30:00.000+01:00\"");
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), SnapshotJson.read(json.getBytes(StandardCharsets.UTF_8)).generatedAt());
    }

    @Test
    void aStreamIsReadUpToItsBound() throws Exception {
        byte[] example = example();
        assertEquals(42, SnapshotJson.read(new ByteArrayInputStream(example), example.length).version());
        assertThrows(SnapshotFormatException.class, () -> SnapshotJson.read(new ByteArrayInputStream(example), example.length - 1));
        assertThrows(SnapshotFormatException.class, () -> SnapshotJson.read(example, 100));
    }

    /** One change to the example, and why it must be refused. */
    record Mutation(String name, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static ObjectNode issuer(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("issuers").get(i);
    }

    static ObjectNode anchor(ObjectNode root, int i) {
        return (ObjectNode) issuer(root, 0).withArray("anchors").get(i);
    }

    static Stream<Mutation> mutations() {
        return Stream.of(
                new Mutation("unknown top-level member", r -> r.put("extra", true)),
                new Mutation("unknown issuer member", r -> issuer(r, 0).put("nameConstraints", "x")),
                new Mutation("unknown anchor member", r -> anchor(r, 0).put("pathLength", 0)),
                new Mutation("unknown window member", r -> ((ObjectNode) issuer(r, 0).get("validity")).put("notAfterr", "2027-01-01T00:00:00Z")),
                new Mutation("private JWK member", r -> ((ObjectNode) issuer(r, 1).withArray("anchors").get(0).get("jwk")).put("d", "AAAA")),
                new Mutation("kid in the JWK", r -> ((ObjectNode) issuer(r, 1).withArray("anchors").get(0).get("jwk")).put("kid", "k")),
                new Mutation("missing version", r -> r.remove("version")),
                new Mutation("missing anchors", r -> issuer(r, 0).remove("anchors")),
                new Mutation("missing authorizations", r -> issuer(r, 0).remove("authorizations")),
                new Mutation("negative version", r -> r.put("version", -1)),
                new Mutation("fractional version", r -> r.put("version", 1.5)),
                new Mutation("version as a string", r -> r.put("version", "42")),
                new Mutation("version beyond a long", r -> r.put("version", new java.math.BigInteger("9223372036854775808"))),
                new Mutation("time without seconds", r -> r.put("generatedAt", "2026-03-01T09:30Z")),
                new Mutation("time without offset", r -> r.put("generatedAt", "2026-03-01T09:30:00")),
                new Mutation("date only", r -> r.put("generatedAt", "2026-03-01")),
                new Mutation("impossible date", r -> r.put("generatedAt", "2026-02-30T09:30:00Z")),
                new Mutation("issuers not an array", r -> r.put("issuers", "none")),
                new Mutation("issuer not an object", r -> r.withArray("issuers").add(1)),
                new Mutation("upper-case state", r -> issuer(r, 0).put("state", "ACTIVE")),
                new Mutation("unknown state", r -> issuer(r, 0).put("state", "revoked")),
                new Mutation("not a country", r -> issuer(r, 0).put("country", "XX")),
                new Mutation("lower-case country", r -> issuer(r, 0).put("country", "de")),
                new Mutation("blank legal name", r -> issuer(r, 0).put("legalName", " ")),
                new Mutation("control character in an id", r -> issuer(r, 0).put("id", "https://pid.example.eu\n[forged log line]")),
                new Mutation("duplicate issuer id", r -> issuer(r, 1).put("id", "https://pid.example.eu")),
                new Mutation("duplicate anchor id", r -> anchor(r, 1).put("id", "pid-root-2026")),
                new Mutation("same certificate twice in an issuer", r -> anchor(r, 1).put("certificate", anchor(r, 0).get("certificate").textValue()).put("kind", "root")),
                new Mutation("unknown anchor type", r -> anchor(r, 0).put("type", "pgp")),
                new Mutation("unknown anchor kind", r -> anchor(r, 0).put("kind", "bridge")),
                new Mutation("kind that does not fit the certificate", r -> anchor(r, 0).put("kind", "leaf")),
                new Mutation("certificate in base64url", r -> anchor(r, 0).put("certificate", anchor(r, 0).get("certificate").textValue().replace('+', '-').replace('/', '_'))),
                new Mutation("certificate not DER", r -> anchor(r, 0).put("certificate", "AAAA")),
                new Mutation("certificate with a trailing byte", r -> anchor(r, 0).put("certificate", java.util.Base64.getEncoder().encodeToString(
                        java.util.Arrays.copyOf(java.util.Base64.getDecoder().decode(anchor(r, 0).get("certificate").textValue()),
                                java.util.Base64.getDecoder().decode(anchor(r, 0).get("certificate").textValue()).length + 1)))),
                new Mutation("JWK that is not a key", r -> ((ObjectNode) issuer(r, 1).withArray("anchors").get(0).get("jwk")).put("x", "AAAA")),
                new Mutation("JWK of another curve", r -> ((ObjectNode) issuer(r, 1).withArray("anchors").get(0).get("jwk")).put("crv", "X25519")),
                new Mutation("authorization with vct and doctype", r -> ((ObjectNode) issuer(r, 0).withArray("authorizations").get(1)).put("vct", "urn:x")),
                new Mutation("authorization with neither", r -> ((ObjectNode) issuer(r, 0).withArray("authorizations").get(1)).remove("doctype")),
                new Mutation("empty validity", r -> issuer(r, 0).putObject("validity")),
                new Mutation("validity ending before it starts", r -> ((ObjectNode) issuer(r, 0).get("validity")).put("notAfter", "2025-01-01T00:00:00Z")),
                new Mutation("null instead of an optional member left out", r -> issuer(r, 1).putNull("validity")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aMutatedSnapshotIsRefused(Mutation mutation) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(example());
        mutation.change().accept(root);
        byte[] json = MAPPER.writeValueAsBytes(root);
        SnapshotFormatException refused = assertThrows(SnapshotFormatException.class, () -> SnapshotJson.read(json));
        assertTrue(refused.getMessage().chars().noneMatch(c -> c == '\n'), "one line: " + refused.getMessage());
    }

    static Stream<String> texts() {
        String example = new String(example(), StandardCharsets.UTF_8);
        return Stream.of(
                "",
                "   ",
                "null",
                "[]",
                "\"snapshot\"",
                "{",
                example + " {}",
                example + "x",
                example.replace("\"version\" : 42,", "\"version\" : 42, \"version\" : 43,"),
                example.replace("\"state\" : \"active\",", "\"state\" : \"active\", \"state\" : \"suspended\","),
                example.replace("\"kty\" : \"OKP\",", "\"kty\" : \"OKP\", \"kty\" : \"OKP\","),
                example.replace("\"version\" : 42", "\"version\" : 4" + "2".repeat(40)),
                "{\"version\":1,\"generatedAt\":\"2026-01-01T00:00:00Z\",\"issuers\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                example.replace("\"version\" : 42", "/* comment */ \"version\" : 42"),
                example.replace("\"version\"", "'version'"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textThatIsNotOneStrictJsonObjectIsRefused(String text) {
        assertThrows(SnapshotFormatException.class, () -> SnapshotJson.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnboundedWindowAndAnEmptySnapshotAreWrittenWithoutOptionalMembers() throws Exception {
        TrustSnapshot empty = new TrustSnapshot(0, Instant.EPOCH, List.of());
        assertEquals("{\"version\":0,\"generatedAt\":\"1970-01-01T00:00:00Z\",\"issuers\":[]}",
                new String(SnapshotJson.write(empty), StandardCharsets.UTF_8));
        assertEquals(empty, SnapshotJson.read(SnapshotJson.write(empty)));
        assertEquals(Optional.empty(), SnapshotJson.read(example()).issuer("https://diploma.example.fr").orElseThrow().validity().notBefore());
    }
}
