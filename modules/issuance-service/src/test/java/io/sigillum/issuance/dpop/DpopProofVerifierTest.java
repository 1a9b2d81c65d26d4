package io.sigillum.issuance.dpop;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.dpop.DpopProofException.Reason;
import io.sigillum.issuance.proof.TestJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.sigillum.issuance.proof.TestJwts.members;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DpopProofVerifierTest {

    /** RFC 9449 §4.2 Figure 2: the token request proof; §4.2 Figure 3 is its decoded content. */
    static final String RFC_TOKEN_REQUEST_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwi"
            + "eCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNy"
            + "diI6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBzOi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTY"
            + "yMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";
    /** RFC 9449 §7.1 Figure 12: the protected resource request's proof, with {@code ath}. */
    static final String RFC_RESOURCE_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwi"
            + "eCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNy"
            + "diI6IlAtMjU2In19.eyJqdGkiOiJlMWozVl9iS2ljOC1MQUVCIiwiaHRtIjoiR0VUIiwiaHR1IjoiaHR0cHM6Ly9yZXNvdXJjZS5leGFtcGxlLm9yZy9wcm90ZWN0ZWRyZXNvdXJjZSIsImlhdCI6MTU2MjI2MjYxOCwiYXRoIjoiZlVIeU8ycjJaM0RaNTNF"
            + "c05yV0JiMHhXWG9hTnk1OUlpS0NBcWtzbVFFbyJ9.2oW9RP35yRqzhrtNP86L-Ey71EOptxRimPPToA1plemAgR6pxHF8y6-yqyVnmcw6Fy1dqd-jfxSYoMxhAJpLjA";
    /** RFC 9449 §7.1: the DPoP-bound access token of the resource request. */
    static final String RFC_ACCESS_TOKEN = "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU";
    /** RFC 9449 §6.1: the {@code cnf.jkt} of the example key. */
    static final String RFC_JKT = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";

    private static final URI ENDPOINT = URI.create("https://issuer.example/credential");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final KeyPair CLIENT_KEY = EcKeyPairs.p256();

    private final DpopProofVerifier verifier = verifier(Set.of(SignatureAlgorithm.ES256), NOW);

    @Test
    void acceptsTheTokenRequestProofOfRfc9449() throws DpopProofException {
        Instant created = Instant.ofEpochSecond(1562262616);
        VerifiedDpopProof proof = verifier(Set.of(SignatureAlgorithm.ES256), created.plusSeconds(5))
                .verify(List.of(RFC_TOKEN_REQUEST_PROOF), "POST", URI.create("https://server.example.com/token"));

        assertEquals(RFC_JKT, proof.jkt());
        assertEquals("-BwC3ESc6acc2lTc", proof.jti());
        assertEquals(created, proof.issuedAt());
        assertEquals(Optional.empty(), proof.nonce());
        assertEquals(RFC_JKT, Thumbprints.sha256(proof.key()));
        // §4.2 Figure 3: the shape of a proof's header and claims.
        assertEquals(Map.of("typ", "dpop+jwt", "alg", "ES256", "jwk", Map.of("kty", "EC", "crv", "P-256",
                        "x", "l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs", "y", "9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA")),
                TestJwts.decodedPart(RFC_TOKEN_REQUEST_PROOF, 0));
        assertEquals(Map.of("jti", "-BwC3ESc6acc2lTc", "htm", "POST", "htu", "https://server.example.com/token",
                "iat", 1562262616L), TestJwts.decodedPart(RFC_TOKEN_REQUEST_PROOF, 1));
    }

    @Test
    void acceptsTheResourceRequestProofOfRfc9449WithItsAccessToken() throws DpopProofException {
        DpopProofVerifier atExampleTime = verifier(Set.of(SignatureAlgorithm.ES256), Instant.ofEpochSecond(1562262618));
        URI resource = URI.create("https://resource.example.org/protectedresource");

        VerifiedDpopProof proof = atExampleTime.verifyWithAccessToken(List.of(RFC_RESOURCE_PROOF), "GET", resource, RFC_ACCESS_TOKEN);

        assertEquals("e1j3V_bKic8-LAEB", proof.jti());
        assertDoesNotThrow(() -> DpopProofVerifier.checkKeyBinding(proof, RFC_JKT));
        DpopProofException wrongToken = assertThrows(DpopProofException.class,
                () -> atExampleTime.verifyWithAccessToken(List.of(RFC_RESOURCE_PROOF), "GET", resource, RFC_ACCESS_TOKEN + "x"));
        assertEquals(Reason.WRONG_ACCESS_TOKEN_HASH, wrongToken.reason());
        assertEquals("invalid_dpop_proof", wrongToken.error());
    }

    @Test
    void hashesAnAccessTokenAsRfc9449Does() {
        assertEquals("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo", DpopProofVerifier.accessTokenHash(RFC_ACCESS_TOKEN));
    }

    @Test
    void returnsTheThumbprintJtiIatAndNonceOfAFreshProof() throws DpopProofException {
        VerifiedDpopProof proof = verifier.verify(List.of(proof(header(), claims("nonce", "server-nonce-1"))), "POST", ENDPOINT);

        assertEquals(Thumbprints.sha256(CLIENT_KEY.getPublic()), proof.jkt());
        assertEquals("jti-0001", proof.jti());
        assertEquals(NOW.minusSeconds(5), proof.issuedAt());
        assertEquals(Optional.of("server-nonce-1"), proof.nonce());
        assertEquals(CLIENT_KEY.getPublic(), proof.key());
    }

    @Test
    void acceptsAnEd25519ProofWhereEdDsaIsAllowed() throws Exception {
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        DpopProofVerifier withEdDsa = verifier(Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.EDDSA), NOW);
        String proof = TestJwts.sign(members("typ", "dpop+jwt", "alg", "EdDSA", "jwk", TestJwts.publicJwk(ed25519.getPublic())),
                claims(), ed25519);

        assertEquals(Thumbprints.sha256(ed25519.getPublic()), withEdDsa.verify(List.of(proof), "POST", ENDPOINT).jkt());
        refused(Reason.ALGORITHM_NOT_ALLOWED, proof);
    }

    @Test
    void refusesARequestWithoutDpopHeader() {
        assertEquals(Reason.MISSING, refusal(List.of(), "POST", ENDPOINT).reason());
        assertEquals(Reason.MISSING, refusal(null, "POST", ENDPOINT).reason());
        assertEquals(Reason.MISSING, refusal(List.of(" "), "POST", ENDPOINT).reason());
    }

    @Test
    void refusesTwoDpopHeaders() {
        String proof = proof(header(), claims());
        assertEquals(Reason.MULTIPLE, refusal(List.of(proof, proof), "POST", ENDPOINT).reason());
        assertEquals(Reason.MULTIPLE, refusal(List.of(proof + ", " + proof), "POST", ENDPOINT).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a jwt", "a.b", "a.b.c.d", "W10.e30.AAAA", "bm90IGpzb24.e30.AAAA", "Bearer abc"})
    void refusesWhatIsNotACompactJwsWithJsonParts(String value) {
        refused(Reason.MALFORMED, value);
    }

    @Test
    void refusesDuplicateMemberNames() {
        String jwk = JSONObjectUtils.toJSONString(TestJwts.publicJwk(CLIENT_KEY.getPublic()));
        String claims = JSONObjectUtils.toJSONString(claims());
        refused(Reason.MALFORMED, TestJwts.signRaw("{\"typ\":\"JWT\",\"typ\":\"dpop+jwt\",\"alg\":\"ES256\",\"jwk\":" + jwk + "}",
                claims, CLIENT_KEY));
        String header = "{\"typ\":\"dpop+jwt\",\"alg\":\"ES256\",\"jwk\":" + jwk + "}";
        refused(Reason.MALFORMED, TestJwts.signRaw(header,
                claims.substring(0, claims.length() - 1) + ",\"htm\":\"GET\"}", CLIENT_KEY));
        assertDoesNotThrow(() -> verifier.verify(List.of(TestJwts.signRaw(header, claims, CLIENT_KEY)), "POST", ENDPOINT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "jwt", "DPoP+JWT", "application/dpop+jwt", "openid4vci-proof+jwt"})
    void refusesAnotherType(String typ) {
        Map<String, Object> header = header();
        header.put("typ", typ);
        refused(Reason.WRONG_TYPE, proof(header, claims()));
        header.remove("typ");
        refused(Reason.WRONG_TYPE, proof(header, claims()));
    }

    @Test
    void refusesAnUnsignedProof() {
        Map<String, Object> header = header();
        header.put("alg", "none");
        refused(Reason.ALGORITHM_NOT_ALLOWED, TestJwts.unsigned(header, claims()));
    }

    @Test
    void refusesHmacSignedWithThePublicKeyBytesAsSecret() {
        Map<String, Object> header = header();
        header.put("alg", "HS256");
        refused(Reason.ALGORITHM_NOT_ALLOWED, TestJwts.hmacSha256(header, claims(), CLIENT_KEY.getPublic().getEncoded()));
    }

    @Test
    void refusesAnRsaAlgorithmWithAnEcKey() {
        Map<String, Object> header = header();
        header.put("alg", "RS256");
        refused(Reason.ALGORITHM_NOT_ALLOWED, proof(header, claims()));
    }

    @Test
    void refusesAnEcAlgorithmThatIsNotTheKeysCurve() {
        DpopProofVerifier lenient = verifier(Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.ES384), NOW);
        Map<String, Object> header = header();
        header.put("alg", "ES384");
        DpopProofException e = assertThrows(DpopProofException.class,
                () -> lenient.verify(List.of(proof(header, claims())), "POST", ENDPOINT));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
        // Not in this verifier's allow-list at all.
        refused(Reason.ALGORITHM_NOT_ALLOWED, proof(header, claims()));
    }

    @Test
    void refusesAJwkWithPrivateMembers() {
        Map<String, Object> header = header();
        header.put("jwk", TestJwts.privateJwk(CLIENT_KEY));
        refused(Reason.PRIVATE_KEY, proof(header, claims()));
    }

    @Test
    void refusesAProofWithoutJwk() {
        Map<String, Object> header = header();
        header.remove("jwk");
        refused(Reason.MISSING_KEY, proof(header, claims()));
    }

    @Test
    void refusesAPointOffTheCurve() {
        Map<String, Object> header = header();
        Map<String, Object> jwk = TestJwts.publicJwk(CLIENT_KEY.getPublic());
        jwk.put("y", jwk.get("x"));
        header.put("jwk", jwk);
        refused(Reason.UNSUPPORTED_KEY, proof(header, claims()));
    }

    @Test
    void refusesASignatureByAnotherKey() {
        refused(Reason.BAD_SIGNATURE, TestJwts.sign(header(), claims(), EcKeyPairs.p256()));
    }

    @Test
    void refusesACriticalHeader() {
        Map<String, Object> header = header();
        header.put("crit", List.of("exp"));
        header.put("exp", 1);
        refused(Reason.UNSUPPORTED_HEADER, proof(header, claims()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "post", "PUT"})
    void refusesAnotherMethod(String htm) {
        refused(Reason.WRONG_METHOD, proof(header(), claims("htm", htm)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://issuer.example/token", "https://other.example/credential", "http://issuer.example/credential",
            "https://issuer.example:8443/credential", "https://issuer.example/credential/", "https://issuer.example/Credential",
            "/credential", "urn:example:credential", "https://issuer.example/cred ential"})
    void refusesAnotherUri(String htu) {
        refused(Reason.WRONG_URI, proof(header(), claims("htu", htu)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS://ISSUER.EXAMPLE/credential", "https://Issuer.Example:443/credential",
            "https://issuer.example:/credential", "https://issuer.example/credential?format=dc%2Bsd-jwt",
            "https://issuer.example/credential#top", "https://issuer.example/%63redential", "https://issuer.example/a/../credential",
            "https://issuer.example/./credential"})
    void acceptsAnEquivalentUriAndIgnoresQueryAndFragment(String htu) {
        assertDoesNotThrow(() -> verifier.verify(List.of(proof(header(), claims("htu", htu))), "POST", ENDPOINT));
    }

    @Test
    void comparesWithThePublicUrlTheCallerGivesIgnoringItsQuery() {
        String proof = proof(header(), claims("htu", "https://issuer.example/credential"));
        assertDoesNotThrow(() -> verifier.verify(List.of(proof), "POST", URI.create("https://issuer.example:443/credential?x=1")));
        DpopProofException e = refusal(List.of(proof), "POST", URI.create("http://issuer-service:8080/credential"));
        assertEquals(Reason.WRONG_URI, e.reason());
    }

    @Test
    void refusesAStaleIat() {
        refused(Reason.IAT_TOO_OLD, proof(header(), claims("iat", NOW.minusSeconds(61).getEpochSecond())));
        assertDoesNotThrow(() -> verifier.verify(List.of(proof(header(), claims("iat", NOW.minusSeconds(60).getEpochSecond()))),
                "POST", ENDPOINT));
    }

    @Test
    void refusesAFutureIat() {
        refused(Reason.IAT_IN_FUTURE, proof(header(), claims("iat", NOW.plusSeconds(11).getEpochSecond())));
        assertDoesNotThrow(() -> verifier.verify(List.of(proof(header(), claims("iat", NOW.plusSeconds(10).getEpochSecond()))),
                "POST", ENDPOINT));
    }

    @Test
    void refusesAnIatThatIsNotANumber() {
        refused(Reason.INVALID_CLAIM, proof(header(), claims("iat", String.valueOf(NOW.getEpochSecond()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jti", "htm", "htu", "iat"})
    void refusesAProofWithoutARequiredClaim(String claim) {
        Map<String, Object> claims = claims();
        claims.remove(claim);
        DpopProofException e = refused(Reason.MISSING_CLAIM, proof(header(), claims));
        assertEquals(claim + " is required (RFC 9449 §4.2)", e.getMessage());
    }

    @Test
    void refusesAnEmptyOrOverlongJtiWithoutRepeatingIt() {
        refused(Reason.INVALID_CLAIM, proof(header(), claims("jti", "")));
        String longJti = "J".repeat(DpopProofVerifier.MAX_JTI_CHARS + 1);
        DpopProofException e = refused(Reason.INVALID_CLAIM, proof(header(), claims("jti", longJti)));
        assertFalse(e.getMessage().contains("JJJJ"));
    }

    @Test
    void refusesAProofWithoutAthWhenAnAccessTokenIsPresented() {
        DpopProofException e = assertThrows(DpopProofException.class, () -> verifier.verifyWithAccessToken(
                List.of(proof(header(), claims())), "POST", ENDPOINT, "access-token"));
        assertEquals(Reason.MISSING_CLAIM, e.reason());
        assertEquals("ath is required (RFC 9449 §4.2)", e.getMessage());
    }

    @Test
    void refusesTheHashOfAnotherAccessToken() throws DpopProofException {
        String proof = proof(header(), claims("ath", DpopProofVerifier.accessTokenHash("access-token")));
        assertEquals("jti-0001", verifier.verifyWithAccessToken(List.of(proof), "POST", ENDPOINT, "access-token").jti());

        DpopProofException e = assertThrows(DpopProofException.class,
                () -> verifier.verifyWithAccessToken(List.of(proof), "POST", ENDPOINT, "another-token"));
        assertEquals(Reason.WRONG_ACCESS_TOKEN_HASH, e.reason());
        e = assertThrows(DpopProofException.class,
                () -> verifier.verifyWithAccessToken(List.of(proof), "POST", ENDPOINT, "accèss-token"));
        assertEquals(Reason.WRONG_ACCESS_TOKEN_HASH, e.reason());
    }

    @Test
    void refusesAnOversizedProofWithoutRepeatingIt() {
        char[] padding = new char[DpopProofVerifier.MAX_PROOF_CHARS];
        Arrays.fill(padding, 'P');
        DpopProofException e = refused(Reason.TOO_LARGE, proof(header(), claims("pad", new String(padding))));
        assertFalse(e.getMessage().contains("PPPP"));
    }

    @Test
    void asksForANonceWhenTheProofHasNoneOrAStaleOne() throws DpopProofException {
        VerifiedDpopProof withoutNonce = verifier.verify(List.of(proof(header(), claims())), "POST", ENDPOINT);
        DpopProofException missing = assertThrows(DpopProofException.class,
                () -> DpopProofVerifier.checkNonce(withoutNonce, nonce -> true));
        assertEquals(Reason.NONCE_MISSING, missing.reason());
        assertEquals("use_dpop_nonce", missing.error());

        VerifiedDpopProof withNonce = verifier.verify(List.of(proof(header(), claims("nonce", "n-1"))), "POST", ENDPOINT);
        DpopProofException stale = assertThrows(DpopProofException.class,
                () -> DpopProofVerifier.checkNonce(withNonce, "n-2"::equals));
        assertEquals(Reason.NONCE_STALE, stale.reason());
        assertEquals("use_dpop_nonce", stale.error());
        assertDoesNotThrow(() -> DpopProofVerifier.checkNonce(withNonce, "n-1"::equals));
    }

    @Test
    void refusesAnAccessTokenBoundToAnotherKey() throws DpopProofException {
        VerifiedDpopProof proof = verifier.verify(List.of(proof(header(), claims())), "POST", ENDPOINT);
        assertDoesNotThrow(() -> DpopProofVerifier.checkKeyBinding(proof, Thumbprints.sha256(CLIENT_KEY.getPublic())));

        for (String other : new String[] {Thumbprints.sha256(EcKeyPairs.p256().getPublic()), null, ""}) {
            DpopProofException e = assertThrows(DpopProofException.class, () -> DpopProofVerifier.checkKeyBinding(proof, other));
            assertEquals(Reason.KEY_BINDING_MISMATCH, e.reason());
            assertEquals("invalid_token", e.error());
        }
    }

    @Test
    void refusesAnEmptyAllowList() {
        assertThrows(IllegalArgumentException.class, () -> verifier(Set.of(), NOW));
    }

    private DpopProofException refused(Reason reason, String proof) {
        DpopProofException e = refusal(List.of(proof), "POST", ENDPOINT);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(reason.error(), e.error());
        assertEquals("invalid_dpop_proof", e.error());
        return e;
    }

    private DpopProofException refusal(List<String> headers, String method, URI endpoint) {
        return assertThrows(DpopProofException.class, () -> verifier.verify(headers, method, endpoint));
    }

    private static DpopProofVerifier verifier(Set<SignatureAlgorithm> algorithms, Instant now) {
        return new DpopProofVerifier(algorithms, Duration.ofSeconds(60), Duration.ofSeconds(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<String, Object> header() {
        return members("typ", "dpop+jwt", "alg", "ES256", "jwk", TestJwts.publicJwk(CLIENT_KEY.getPublic()));
    }

    private static Map<String, Object> claims(Object... overrides) {
        Map<String, Object> claims = members("jti", "jti-0001", "htm", "POST", "htu", ENDPOINT.toString(),
                "iat", NOW.minusSeconds(5).getEpochSecond());
        claims.putAll(members(overrides));
        return claims;
    }

    private static String proof(Map<String, Object> header, Map<String, Object> claims) {
        return TestJwts.sign(header, claims, CLIENT_KEY);
    }
}
