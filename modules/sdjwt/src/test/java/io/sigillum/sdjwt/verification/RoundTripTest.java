package io.sigillum.sdjwt.verification;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.Disclosure;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.issuance.SdJwtIssuer;
import io.sigillum.sdjwt.presentation.KeyBindingJwt;
import io.sigillum.sdjwt.presentation.SdJwtPresenter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our own issuance → presentation → verification, and every refusal. */
class RoundTripTest {

    private static final KeyPair ISSUER = EcKeyPairs.p256();
    private static final KeyPair HOLDER = EcKeyPairs.p256();
    private static final Signer ISSUER_SIGNER = LocalKeySigner.of("issuer-1", ISSUER.getPrivate());
    private static final Signer HOLDER_SIGNER = LocalKeySigner.of("holder", HOLDER.getPrivate());
    private static final SdJwtVerifier VERIFIER = SdJwtVerifier.of(Verifier.of(ISSUER.getPublic()), Set.of(SignatureAlgorithm.ES256));
    private static final Instant NOW = Instant.parse("2025-11-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KeyBindingPolicy POLICY = KeyBindingPolicy.of("https://verifier.example", "n-0S6_WzA2Mj", CLOCK);

    private static final Map<String, Object> CLAIMS = Map.of(
            "iss", "https://issuer.example",
            "given_name", "Erika",
            "address", Map.of("street_address", "Heidestraße 17", "locality", "Köln", "country", "DE"),
            "nationalities", List.of("DE", "FR"));
    private static final Set<ClaimPath> DISCLOSABLE = Set.of(
            ClaimPath.of("given_name"),
            ClaimPath.of("address"),                       // recursive: address and its members
            ClaimPath.of("address", "street_address"),
            ClaimPath.of("address", "locality"),
            ClaimPath.of("nationalities", 0),
            ClaimPath.of("nationalities", 1));

    private static SdJwt issue(int decoys) {
        return SdJwtIssuer.builder(ISSUER_SIGNER).type("example+sd-jwt").decoysPerLevel(decoys).build()
                .issue(CLAIMS, DISCLOSABLE, HOLDER.getPublic());
    }

    @Test
    void everythingIssuedComesBack() throws SdJwtException {
        SdJwt issued = issue(3);
        assertEquals(6, issued.disclosures().size());
        Map<String, Object> claims = VERIFIER.verify(issued.serialize()).claims();
        assertEquals(CLAIMS.get("address"), claims.get("address"));
        assertEquals(CLAIMS.get("nationalities"), claims.get("nationalities"));
        assertEquals("Erika", claims.get("given_name"));
        assertTrue(claims.containsKey("cnf"));
    }

    @Test
    void thePayloadHasSortedDigestsDecoysAndNoReservedNamesInDisclosures() throws SdJwtException {
        SdJwt issued = issue(2);
        Map<String, Object> payload = payload(issued);
        assertEquals("sha-256", payload.get("_sd_alg"));
        List<?> topDigests = (List<?>) payload.get("_sd");
        assertEquals(2 + 2, topDigests.size());            // given_name, address, two decoys
        assertEquals(topDigests.stream().map(String.class::cast).sorted().toList(), topDigests);
        assertEquals(2 + 2, ((List<?>) payload.get("nationalities")).size());
        for (Disclosure disclosure : issued.disclosures()) {
            assertFalse(disclosure.name().map(n -> n.equals("_sd") || n.equals("...") || n.equals("_sd_alg")).orElse(false));
        }
    }

    @Test
    void presentingANestedClaimBringsItsParent() throws SdJwtException {
        SdJwt presented = SdJwtPresenter.select(issue(1), List.of(ClaimPath.of("address", "locality"), ClaimPath.of("nationalities", 1)));
        assertEquals(3, presented.disclosures().size());
        Map<String, Object> claims = VERIFIER.verify(presented.serialize()).claims();
        assertEquals(Map.of("locality", "Köln", "country", "DE"), claims.get("address"));
        assertEquals(List.of("FR"), claims.get("nationalities"));
        assertFalse(claims.containsKey("given_name"));
    }

    @Test
    void presentingAPlainMemberOfADisclosableObjectBringsThatObject() throws SdJwtException {
        // country is not disclosable itself; it is seen once address, which holds it, is disclosed.
        SdJwt presented = SdJwtPresenter.select(issue(1), List.of(ClaimPath.of("address", "country")));
        assertEquals(1, presented.disclosures().size(), "address only, not its disclosable members");
        Map<String, Object> claims = VERIFIER.verify(presented.serialize()).claims();
        assertEquals(Map.of("country", "DE"), claims.get("address"));
    }

    @Test
    void keyBindingVerifies() throws SdJwtException {
        VerifiedSdJwt verified = VERIFIER.verify(present(POLICY.audience(), POLICY.nonce(), NOW).serialize(), POLICY);
        assertTrue(verified.keyBound());
        assertEquals("Erika", verified.claims().get("given_name"));
    }

    @Test
    void everyKeyBindingFailureHasItsReason() throws SdJwtException {
        assertEquals(Reason.KEY_BINDING_WRONG_NONCE, refusedWithKb(present(POLICY.audience(), "other", NOW).serialize()));
        assertEquals(Reason.KEY_BINDING_WRONG_AUDIENCE, refusedWithKb(present("https://evil.example", POLICY.nonce(), NOW).serialize()));
        assertEquals(Reason.KEY_BINDING_IAT_OUT_OF_WINDOW, refusedWithKb(present(POLICY.audience(), POLICY.nonce(), NOW.minus(Duration.ofHours(1))).serialize()));
        assertEquals(Reason.KEY_BINDING_IAT_OUT_OF_WINDOW, refusedWithKb(present(POLICY.audience(), POLICY.nonce(), NOW.plus(Duration.ofHours(1))).serialize()));
        assertEquals(Reason.KEY_BINDING_MISSING, refusedWithKb(SdJwtPresenter.select(issue(0), List.of(ClaimPath.of("given_name"))).serialize()));

        // sd_hash over another presentation: the KB-JWT of one set of Disclosures moved onto another.
        SdJwt issued = issue(0);
        SdJwt one = KeyBindingJwt.attach(SdJwtPresenter.select(issued, List.of(ClaimPath.of("given_name"))), HOLDER_SIGNER,
                POLICY.audience(), POLICY.nonce(), NOW);
        SdJwt two = SdJwtPresenter.select(issued, List.of(ClaimPath.of("address")));
        assertEquals(Reason.KEY_BINDING_WRONG_SD_HASH, refusedWithKb(two.withoutKeyBinding() + one.keyBindingJwt().orElseThrow()));

        // Signed by a key that is not the one in cnf.jwk.
        Signer stranger = LocalKeySigner.of("stranger", EcKeyPairs.p256().getPrivate());
        SdJwt wrongKey = KeyBindingJwt.attach(SdJwtPresenter.select(issued, List.of(ClaimPath.of("given_name"))), stranger,
                POLICY.audience(), POLICY.nonce(), NOW);
        assertEquals(Reason.KEY_BINDING_BAD_SIGNATURE, refusedWithKb(wrongKey.serialize()));

        // An SD-JWT issued without cnf cannot be key-bound.
        SdJwt unbound = SdJwtIssuer.builder(ISSUER_SIGNER).build().issue(CLAIMS, Set.of(ClaimPath.of("given_name")));
        SdJwt kb = KeyBindingJwt.attach(unbound, HOLDER_SIGNER, POLICY.audience(), POLICY.nonce(), NOW);
        assertEquals(Reason.KEY_BINDING_KEY_MISSING, refusedWithKb(kb.serialize()));
    }

    @Test
    void disclosuresMustBelongAndAppearOnce() {
        SdJwt issued = issue(0);
        String serialized = issued.serialize();
        String first = issued.disclosures().get(0).encoded();
        assertEquals(Reason.DUPLICATE_DISCLOSURE, refused(serialized + first + "~"));
        assertEquals(Reason.UNREFERENCED_DISCLOSURE, refused(serialized + Disclosure.objectProperty("extra", 1).encoded() + "~"));
        // Tampered: the value changed, so its digest is referenced nowhere.
        Disclosure tampered = Disclosure.objectProperty(issued.disclosures().get(0).salt(), "given_name", "Mallory");
        assertEquals(Reason.UNREFERENCED_DISCLOSURE, refused(issued.issuerSignedJwt() + "~" + tampered.encoded() + "~"));
        assertEquals(Reason.MALFORMED_SERIALIZATION, refused(issued.issuerSignedJwt() + "~~" + first + "~"));
        assertEquals(Reason.MALFORMED_SERIALIZATION, refused(issued.issuerSignedJwt()));
    }

    @Test
    void payloadRulesOfSection7() throws SdJwtException {
        Disclosure name = Disclosure.objectProperty("given_name", "Erika");
        Disclosure element = Disclosure.arrayElement("DE");
        String d = name.digest(io.sigillum.sdjwt.HashAlgorithm.SHA_256);
        String e = element.digest(io.sigillum.sdjwt.HashAlgorithm.SHA_256);
        assertEquals(Reason.CLAIM_NAME_CONFLICT, refusedPayload(Map.of("given_name", "x", "_sd", List.of(d)), name));
        assertEquals(Reason.DUPLICATE_DIGEST, refusedPayload(Map.of("_sd", List.of(d), "a", Map.of("_sd", List.of(d))), name));
        assertEquals(Reason.WRONG_DISCLOSURE_KIND, refusedPayload(Map.of("_sd", List.of(e)), element));
        assertEquals(Reason.WRONG_DISCLOSURE_KIND, refusedPayload(Map.of("a", List.of(Map.of("...", d))), name));
        assertEquals(Reason.MALFORMED_PAYLOAD, refusedPayload(Map.of("_sd", "not an array")));
        assertEquals(Reason.MALFORMED_PAYLOAD, refusedPayload(Map.of("a", List.of(Map.of("...", e, "b", 1))), element));
        assertEquals(Reason.MALFORMED_PAYLOAD, refusedPayload(Map.of("...", e)));
        assertEquals(Reason.UNSUPPORTED_HASH_ALGORITHM, refusedPayload(Map.of("_sd_alg", "md5")));
    }

    @Test
    void noneAndHmacAreRefused() {
        String payload = b64(("{\"_sd_alg\":\"sha-256\",\"iss\":\"x\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refused(b64("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".~"));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refused(b64("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + "."
                + b64(new byte[32]) + "~"));
    }

    @Test
    void aForeignIssuerKeyIsABadSignature() {
        SdJwtVerifier other = SdJwtVerifier.of(Verifier.of(EcKeyPairs.p256().getPublic()), Set.of(SignatureAlgorithm.ES256));
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(SdJwtException.class, () -> other.verify(issue(0).serialize())).reason());
    }

    @Test
    void reservedClaimNamesCannotBeIssued() {
        SdJwtIssuer issuer = SdJwtIssuer.builder(ISSUER_SIGNER).build();
        assertThrows(IllegalArgumentException.class, () -> issuer.issue(Map.of("_sd", List.of()), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> issuer.issue(Map.of("a", Map.of("...", 1)), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> issuer.issue(Map.of("_sd_alg", "sha-256"), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> issuer.issue(Map.of("a", 1), Set.of(ClaimPath.of("b"))));
    }

    private static SdJwt present(String audience, String nonce, Instant iat) throws SdJwtException {
        SdJwt presented = SdJwtPresenter.select(issue(1), List.of(ClaimPath.of("given_name")));
        return KeyBindingJwt.attach(presented, HOLDER_SIGNER, audience, nonce, iat);
    }

    private static Reason refusedWithKb(String serialized) {
        return assertThrows(SdJwtException.class, () -> VERIFIER.verify(serialized, POLICY)).reason();
    }

    private static Reason refused(String serialized) {
        return assertThrows(SdJwtException.class, () -> VERIFIER.verify(serialized)).reason();
    }

    /** Signs a hand-made payload, so that the refusal comes from the rules of §7.1, not the signature. */
    private static Reason refusedPayload(Map<String, Object> payload, Disclosure... disclosures) {
        String jwt = io.sigillum.crypto.sign.CompactJws.sign(ISSUER_SIGNER, io.sigillum.sdjwt.internal.Json.write(payload)
                .getBytes(StandardCharsets.UTF_8));
        return refused(SdJwt.of(jwt, List.of(disclosures)).serialize());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(SdJwt sdJwt) {
        String part = sdJwt.issuerSignedJwt().split("\\.")[1];
        return (Map<String, Object>) io.sigillum.sdjwt.internal.Json.read(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
