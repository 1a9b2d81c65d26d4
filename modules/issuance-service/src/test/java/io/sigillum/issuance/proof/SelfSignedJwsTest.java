package io.sigillum.issuance.proof;

import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.issuance.proof.SelfSignedJwsException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.sigillum.issuance.proof.TestJwts.members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfSignedJwsTest {

    private static final KeyPair KEY = EcKeyPairs.p256();
    private static final Map<String, Object> CLAIMS = members("sub", "anyone");

    private final SelfSignedJws selfSigned = new SelfSignedJws("the test proof", Set.of(SignatureAlgorithm.ES256));

    @Test
    void returnsTheKeyOfTheJwkHeaderAndThePayloadItSigned() throws SelfSignedJwsException {
        Map<String, Object> header = header();
        SelfSignedJws.Verified verified = selfSigned.verify(TestJwts.sign(header, CLAIMS, KEY), header.get("jwk"));

        assertEquals(KEY.getPublic(), verified.key().key());
        assertEquals(Thumbprints.sha256(KEY.getPublic()), verified.key().thumbprint());
        assertEquals("{\"sub\":\"anyone\"}", new String(verified.jws().payload(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesAJwkThatIsNotAnObject() {
        String jws = TestJwts.sign(header(), CLAIMS, KEY);
        for (Object jwk : new Object[] {null, "a key", List.of(), 42}) {
            assertEquals(Reason.UNSUPPORTED_KEY, refusal(jws, jwk).reason());
        }
    }

    @Test
    void refusesPrivateOrSymmetricMembersBeforeParsingTheJwk() {
        String jws = TestJwts.sign(header(), CLAIMS, KEY);
        assertEquals(Reason.PRIVATE_KEY, refusal(jws, TestJwts.privateJwk(KEY)).reason());
        assertEquals(Reason.PRIVATE_KEY, refusal(jws, members("kty", "oct", "k", "c2VjcmV0")).reason());
    }

    @Test
    void refusesAJwkThatIsNotASupportedPublicKeyWithoutRepeatingIt() {
        SelfSignedJwsException e = refusal(TestJwts.sign(header(), CLAIMS, KEY),
                members("kty", "EC", "crv", "P-256", "x", "XXXX", "y", "YYYY"));
        assertEquals(Reason.UNSUPPORTED_KEY, e.reason());
        assertFalse(e.getMessage().contains("XXXX"), e.getMessage());
    }

    @Test
    void refusesASignatureByAnotherKey() {
        Map<String, Object> header = header();
        assertEquals(Reason.BAD_SIGNATURE, refusal(TestJwts.sign(header, CLAIMS, EcKeyPairs.p256()), header.get("jwk")).reason());
    }

    @Test
    void refusesAnAlgorithmNotAllowedOrNotTheKeys() {
        Map<String, Object> header = header();
        header.put("alg", "HS256");
        String hmac = TestJwts.hmacSha256(header, CLAIMS, KEY.getPublic().getEncoded());
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(hmac, header.get("jwk")).reason());

        SelfSignedJws lenient = new SelfSignedJws("the test proof", Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.ES384));
        header.put("alg", "ES384");
        String es384 = TestJwts.sign(header, CLAIMS, KEY);
        SelfSignedJwsException e = assertThrows(SelfSignedJwsException.class, () -> lenient.verify(es384, header.get("jwk")));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
    }

    @Test
    void refusesCriticalHeaders() {
        Map<String, Object> header = header();
        header.put("crit", List.of("exp"));
        header.put("exp", 1);
        assertEquals(Reason.UNSUPPORTED_HEADER, refusal(TestJwts.sign(header, CLAIMS, KEY), header.get("jwk")).reason());
    }

    @Test
    void namesItsSubjectWhenTheJwsIsMalformed() {
        SelfSignedJwsException e = refusal("bm90IGpzb24.e30.AAAA", header().get("jwk"));
        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("the test proof "), e.getMessage());
    }

    @Test
    void allowsOnlyTheAcceptedAlgorithmsByName() {
        SelfSignedJws two = new SelfSignedJws("the test proof", Set.of(SignatureAlgorithm.ES384, SignatureAlgorithm.ES256));
        assertTrue(two.allows("ES256"));
        assertTrue(two.allows("ES384"));
        for (Object alg : new Object[] {"none", "HS256", "EdDSA", "es256", null, 256, List.of("ES256")}) {
            assertFalse(two.allows(alg), String.valueOf(alg));
        }
        assertEquals("ES256, ES384", two.algorithmNames());
        assertEquals(Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.ES384), two.algorithms());
    }

    @Test
    void refusesAnEmptyAllowList() {
        assertThrows(IllegalArgumentException.class, () -> new SelfSignedJws("the test proof", Set.of()));
    }

    private SelfSignedJwsException refusal(String jws, Object jwk) {
        return assertThrows(SelfSignedJwsException.class, () -> selfSigned.verify(jws, jwk));
    }

    private static Map<String, Object> header() {
        return members("typ", "test+jwt", "alg", "ES256", "jwk", TestJwts.publicJwk(KEY.getPublic()));
    }
}
