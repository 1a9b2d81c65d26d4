package io.sigillum.issuance.proof;

import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.proof.KeyProofException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.sigillum.issuance.proof.TestJwts.members;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyProofVerifierTest {

    private static final String ISSUER = "https://issuer.example/tenant-a";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final KeyPair WALLET_KEY = EcKeyPairs.p256();

    private final KeyProofVerifier verifier = new KeyProofVerifier(ISSUER, Set.of(SignatureAlgorithm.ES256),
            Duration.ofMinutes(5), Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsTheSpecificationsExampleProof() throws KeyProofException {
        // OID4VCI 1.0 Appendix F.1: the example proofs parameter, lines joined.
        String example = "eyJ0eXAiOiJvcGVuaWQ0dmNpLXByb29mK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwiY3J2"
                + "IjoiUC0yNTYiLCJ4IjoiblVXQW9BdjNYWml0aDhFN2kxOU9kYXhPTFlGT3dNLVoyRXVNMDJUaXJUNCIsInkiOiJIc2tIVThCalVpMVU"
                + "5WHFpN1N3bWo4Z3dBS18weGtjRGpFV183MVNvc0VZIn19.eyJhdWQiOiJodHRwczovL2NyZWRlbnRpYWwtaXNzdWVyLmV4YW1wbGUuY29tIiwiaWF0IjoxNzAxOTYwND"
                + "Q0LCJub25jZSI6IkxhclJHU2JtVVBZdFJZTzZCUTR5bjgifQ.-a3EDsxClUB4O3LeDD5DVGEnNMT01FCQW4P6-2-BNBqc_Zxf0Qw4CWayLEpqkAomlkLb9zioZoipdP-"
                + "jvh1WlA";
        Instant issued = Instant.ofEpochSecond(1701960444);
        KeyProofVerifier atExampleTime = new KeyProofVerifier("https://credential-issuer.example.com",
                Set.of(SignatureAlgorithm.ES256), Duration.ofMinutes(5), Duration.ofSeconds(30),
                Clock.fixed(issued.plusSeconds(10), ZoneOffset.UTC));

        VerifiedKeyProof proof = atExampleTime.verify(example);

        assertEquals(Optional.of("LarRGSbmUPYtRYO6BQ4yn8"), proof.nonce());
        assertEquals(issued, proof.issuedAt());
        assertEquals(Optional.empty(), proof.clientId());
        assertEquals(Thumbprints.sha256(proof.key()), proof.jkt());
        assertEquals(Map.of("typ", "openid4vci-proof+jwt", "alg", "ES256", "jwk", Map.of("kty", "EC", "crv", "P-256",
                        "x", "nUWAoAv3XZith8E7i19OdaxOLYFOwM-Z2EuM02TirT4", "y", "HskHU8BjUi1U9Xqi7Swmj8gwAK_0xkcDjEW_71SosEY")),
                TestJwts.decodedPart(example, 0));
    }

    @Test
    void returnsTheKeyItsThumbprintTheNonceAndTheClientId() throws KeyProofException {
        VerifiedKeyProof proof = verifier.verify(proof(header(), claims("iss", "wallet-client", "nonce", "c-nonce-1")));

        assertEquals(WALLET_KEY.getPublic(), proof.key());
        assertEquals(Thumbprints.sha256(WALLET_KEY.getPublic()), proof.jkt());
        assertEquals(Optional.of("c-nonce-1"), proof.nonce());
        assertEquals(Optional.of("wallet-client"), proof.clientId());
        assertEquals(NOW.minusSeconds(10), proof.issuedAt());
    }

    @Test
    void acceptsAProofWithoutIssForAnonymousPreAuthorizedAccess() throws KeyProofException {
        assertEquals(Optional.empty(), verifier.verify(proof(header(), claims())).clientId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "dpop+jwt", "application/openid4vci-proof+jwt", "OPENID4VCI-PROOF+JWT", ""})
    void refusesAnotherType(String typ) {
        Map<String, Object> header = header();
        header.put("typ", typ);
        refused(Reason.WRONG_TYPE, proof(header, claims()));
    }

    @Test
    void refusesAProofWithoutType() {
        Map<String, Object> header = header();
        header.remove("typ");
        refused(Reason.WRONG_TYPE, proof(header, claims()));
    }

    @Test
    void refusesKidAsAnUnsupportedKeyReference() {
        Map<String, Object> header = members("typ", "openid4vci-proof+jwt", "alg", "ES256", "kid", "did:example:123#key-1");
        KeyProofException e = refused(Reason.UNSUPPORTED_KEY_REFERENCE, proof(header, claims()));
        assertTrue(e.getMessage().startsWith("kid key references are not supported"), e.getMessage());
    }

    @Test
    void refusesX5cAsAnUnsupportedKeyReference() {
        Map<String, Object> header = members("typ", "openid4vci-proof+jwt", "alg", "ES256", "x5c", List.of("MIIBkTCB+wIJAK"));
        KeyProofException e = refused(Reason.UNSUPPORTED_KEY_REFERENCE, proof(header, claims()));
        assertTrue(e.getMessage().startsWith("x5c key references are not supported"), e.getMessage());
    }

    @Test
    void refusesTwoKeyParameters() {
        Map<String, Object> header = header();
        header.put("kid", "key-1");
        refused(Reason.AMBIGUOUS_KEY, proof(header, claims()));
    }

    @Test
    void refusesAProofWithoutKey() {
        refused(Reason.MISSING_KEY, proof(members("typ", "openid4vci-proof+jwt", "alg", "ES256"), claims()));
    }

    @Test
    void refusesAPrivateJwk() {
        Map<String, Object> header = header();
        header.put("jwk", TestJwts.privateJwk(WALLET_KEY));
        refused(Reason.PRIVATE_KEY, proof(header, claims()));
    }

    @Test
    void refusesAJwkThatIsNotAPublicSignatureKey() {
        Map<String, Object> header = header();
        header.put("jwk", members("kty", "oct", "k", "c2VjcmV0"));
        refused(Reason.PRIVATE_KEY, proof(header, claims()));
        header.put("jwk", members("kty", "EC", "crv", "P-256", "x", "AAAA", "y", "AAAA"));
        refused(Reason.UNSUPPORTED_KEY, proof(header, claims()));
    }

    @Test
    void refusesKeyAttestationsItDoesNotEvaluate() {
        Map<String, Object> header = header();
        header.put("key_attestation", "eyJ.eyJ.sig");
        refused(Reason.UNSUPPORTED_HEADER, proof(header, claims()));
    }

    @Test
    void refusesAlgNone() {
        Map<String, Object> header = header();
        header.put("alg", "none");
        refused(Reason.ALGORITHM_NOT_ALLOWED, TestJwts.unsigned(header, claims()));
    }

    @Test
    void refusesHmacWithThePublicKeyAsSecret() {
        Map<String, Object> header = header();
        header.put("alg", "HS256");
        refused(Reason.ALGORITHM_NOT_ALLOWED, TestJwts.hmacSha256(header, claims(), WALLET_KEY.getPublic().getEncoded()));
    }

    @Test
    void refusesAnAlgorithmThatIsNotTheKeys() {
        KeyProofVerifier lenient = new KeyProofVerifier(ISSUER, Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.ES384),
                Duration.ofMinutes(5), Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, Object> header = header();
        header.put("alg", "ES384");
        KeyProofException e = assertThrows(KeyProofException.class, () -> lenient.verify(proof(header, claims())));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
        header.put("alg", "RS256");
        refused(Reason.ALGORITHM_NOT_ALLOWED, proof(header, claims()));
    }

    @Test
    void refusesASignatureByAnotherKey() {
        refused(Reason.BAD_SIGNATURE, TestJwts.sign(header(), claims(), EcKeyPairs.p256()));
    }

    @Test
    void refusesAnotherAudience() {
        refused(Reason.WRONG_AUDIENCE, proof(header(), claims("aud", "https://other-issuer.example")));
        refused(Reason.WRONG_AUDIENCE, proof(header(), claims("aud", ISSUER + "/")));
        refused(Reason.WRONG_AUDIENCE, proof(header(), claims("aud", List.of(ISSUER, "https://other-issuer.example"))));
    }

    @Test
    void acceptsTheIssuerAsTheOnlyElementOfAnAudienceArray() {
        assertDoesNotThrow(() -> verifier.verify(proof(header(), claims("aud", List.of(ISSUER)))));
    }

    @Test
    void refusesAProofWithoutAudience() {
        Map<String, Object> claims = claims();
        claims.remove("aud");
        refused(Reason.MISSING_CLAIM, proof(header(), claims));
    }

    @Test
    void refusesAStaleIat() {
        refused(Reason.IAT_TOO_OLD, proof(header(), claims("iat", NOW.minus(Duration.ofMinutes(5)).getEpochSecond() - 1)));
        assertDoesNotThrow(() -> verifier.verify(proof(header(), claims("iat", NOW.minus(Duration.ofMinutes(5)).getEpochSecond()))));
    }

    @Test
    void refusesAFutureIat() {
        refused(Reason.IAT_IN_FUTURE, proof(header(), claims("iat", NOW.getEpochSecond() + 31)));
        assertDoesNotThrow(() -> verifier.verify(proof(header(), claims("iat", NOW.getEpochSecond() + 30))));
    }

    @Test
    void refusesAProofWithoutIat() {
        Map<String, Object> claims = claims();
        claims.remove("iat");
        refused(Reason.MISSING_CLAIM, proof(header(), claims));
        refused(Reason.INVALID_CLAIM, proof(header(), claims("iat", "yesterday")));
    }

    @Test
    void refusesAnIssThatIsNotAString() {
        refused(Reason.INVALID_CLAIM, proof(header(), claims("iss", 42)));
    }

    @Test
    void leavesAnAbsentNonceToTheCallerAndRefusesItWhereNoncesAreRequired() throws KeyProofException {
        VerifiedKeyProof proof = verifier.verify(proof(header(), claims()));
        assertEquals(Optional.empty(), proof.nonce());

        KeyProofException e = assertThrows(KeyProofException.class, () -> KeyProofVerifier.checkNonce(proof, nonce -> true));
        assertEquals(Reason.NONCE_MISSING, e.reason());
        assertEquals("invalid_proof", e.error());
    }

    @Test
    void refusesANonceThatIsNotCurrentWithInvalidNonce() throws KeyProofException {
        VerifiedKeyProof proof = verifier.verify(proof(header(), claims("nonce", "old-c-nonce")));

        KeyProofException e = assertThrows(KeyProofException.class,
                () -> KeyProofVerifier.checkNonce(proof, "new-c-nonce"::equals));
        assertEquals(Reason.NONCE_NOT_CURRENT, e.reason());
        assertEquals("invalid_nonce", e.error());
        assertDoesNotThrow(() -> KeyProofVerifier.checkNonce(proof, "old-c-nonce"::equals));
    }

    @Test
    void refusesAnOversizedProofWithoutRepeatingIt() {
        String padding = "A".repeat(KeyProofVerifier.MAX_PROOF_CHARS);
        KeyProofException e = refused(Reason.TOO_LARGE, proof(header(), claims("pad", padding)));
        assertFalse(e.getMessage().contains("AAAA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a jwt", "a.b", "a.b.c.d", "W10.e30.AAAA", "bm90IGpzb24.e30.AAAA"})
    void refusesWhatIsNotACompactJwsWithJsonParts(String jwt) {
        refused(Reason.MALFORMED, jwt);
    }

    @Test
    void everyReasonButAStaleNonceIsInvalidProof() {
        for (Reason reason : Reason.values()) {
            assertEquals(reason == Reason.NONCE_NOT_CURRENT ? "invalid_nonce" : "invalid_proof", reason.error(), reason.name());
        }
    }

    private KeyProofException refused(Reason reason, String jwt) {
        Executable verification = () -> verifier.verify(jwt);
        KeyProofException e = assertThrows(KeyProofException.class, verification);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(reason.error(), e.error());
        return e;
    }

    private static Map<String, Object> header() {
        return members("typ", "openid4vci-proof+jwt", "alg", "ES256", "jwk", TestJwts.publicJwk(WALLET_KEY.getPublic()));
    }

    private static Map<String, Object> claims(Object... overrides) {
        Map<String, Object> claims = members("aud", ISSUER, "iat", NOW.getEpochSecond() - 10);
        claims.putAll(members(overrides));
        return claims;
    }

    private static String proof(Map<String, Object> header, Map<String, Object> claims) {
        return TestJwts.sign(header, claims, WALLET_KEY);
    }
}
