package io.sigillum.crypto.jwk;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThumbprintsTest {

    /** RFC 7638 §3.1: the example key (RFC 7517 Appendix A.1) and its SHA-256 thumbprint. */
    private static final String RFC7638_JWK = "{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4"
            + "cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6C"
            + "f0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTW"
            + "hAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\","
            + "\"alg\":\"RS256\",\"kid\":\"2011-04-29\"}";

    /** RFC 8037 Appendix A.2 and A.3: the Ed25519 example public key and its thumbprint. */
    private static final String RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static PublicKey rfc8037PublicKey() throws Exception {
        byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                Base64URL.from(RFC8037_X).decode()).getEncoded();
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    @Test
    void matchesTheExampleOfRfc7638Section31() throws Exception {
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", Thumbprints.sha256(JWK.parse(RFC7638_JWK)));
    }

    @Test
    void matchesTheEd25519ExampleOfRfc8037AppendixA3() throws Exception {
        assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", Thumbprints.sha256(rfc8037PublicKey()));
    }

    @Test
    void theEd25519PublicJwkIsTheOneOfRfc8037AppendixA2() throws Exception {
        JWK jwk = PublicJwks.of(rfc8037PublicKey(), "ed");

        OctetKeyPair okp = (OctetKeyPair) jwk;
        assertEquals(Curve.Ed25519, okp.getCurve());
        assertEquals(RFC8037_X, okp.getX().toString());
        assertFalse(okp.isPrivate());
        assertEquals("EdDSA", okp.getAlgorithm().getName());
        assertEquals(KeyUse.SIGNATURE, okp.getKeyUse());
        assertEquals("ed", okp.getKeyID());
    }

    @Test
    void ecPublicJwksCarryTheCurveAndAlgorithmAndNoPrivateMember() throws Exception {
        String[][] cases = {{"secp256r1", "P-256", "ES256"}, {"secp384r1", "P-384", "ES384"}, {"secp521r1", "P-521", "ES512"}};
        for (String[] c : cases) {
            KeyPair keys = ec(c[0]);
            ECKey jwk = (ECKey) PublicJwks.of(keys.getPublic(), null);

            assertEquals(c[1], jwk.getCurve().getName());
            assertEquals(c[2], jwk.getAlgorithm().getName());
            assertFalse(jwk.isPrivate());
            assertFalse(jwk.toJSONString().contains("\"d\""));
            assertEquals(keys.getPublic(), jwk.toECPublicKey());
        }
    }

    @Test
    void theThumbprintIgnoresOptionalMembersAndDiffersBetweenKeys() throws Exception {
        KeyPair keys = ec("secp256r1");
        String bare = Thumbprints.sha256(keys.getPublic());

        assertEquals(43, bare.length());
        assertEquals(bare, Thumbprints.sha256(PublicJwks.of(keys.getPublic(), "some-kid")));
        assertNotEquals(bare, Thumbprints.sha256(ec("secp256r1").getPublic()));
    }

    @Test
    void refusesKeysThatDoNotSignJws() throws Exception {
        PublicKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        assertThrows(IllegalArgumentException.class, () -> PublicJwks.of(rsa, null));
    }
}
