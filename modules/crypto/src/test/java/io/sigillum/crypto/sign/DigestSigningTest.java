package io.sigillum.crypto.sign;

import io.sigillum.crypto.provider.CryptoProviders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestSigningTest {

    private static final byte[] MESSAGE = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void installProvider() {
        CryptoProviders.install();
    }

    @ParameterizedTest
    @CsvSource({"secp256r1, SHA-256", "secp384r1, SHA-384", "secp521r1, SHA-512"})
    void aSignedDigestVerifiesAsASignatureOfTheMessage(String curve, String hash) throws Exception {
        KeyPair keys = TestKeys.ec(curve);
        LocalKeySigner signer = LocalKeySigner.of("k1", keys.getPrivate());

        byte[] signature = signer.signDigest(MessageDigest.getInstance(hash).digest(MESSAGE));

        assertEquals(signer.algorithm().signatureLength(), signature.length);
        assertTrue(Verifier.of(keys.getPublic()).verify(MESSAGE, signature));
    }

    @Test
    void aDigestOfTheWrongLengthIsRefused() throws Exception {
        LocalKeySigner signer = LocalKeySigner.of("k1", TestKeys.ec("secp256r1").getPrivate());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> signer.signDigest(MessageDigest.getInstance("SHA-384").digest(MESSAGE)));
        assertEquals("a ES256 digest has 32 bytes, not 48", refused.getMessage());
    }

    @Test
    void ed25519SignsNoDigest() throws Exception {
        LocalKeySigner signer = LocalKeySigner.of("k1", TestKeys.ed25519().getPrivate());

        assertThrows(IllegalArgumentException.class, () -> signer.signDigest(new byte[32]));
        assertEquals(0, DigestSigner.digestLength(SignatureAlgorithm.EDDSA));
    }

    @ParameterizedTest
    @CsvSource({"secp256r1", "secp384r1", "secp521r1"})
    void aPrehashingSignerSignsWhatTheWholeInputVerifiesAgainst(String curve) throws Exception {
        KeyPair keys = TestKeys.ec(curve);
        LocalKeySigner local = LocalKeySigner.of("k1", keys.getPrivate());
        byte[] large = new byte[200_000];
        java.util.Arrays.fill(large, (byte) 'a');

        Signer prehashing = PrehashingSigner.of(local);

        assertEquals("k1", prehashing.keyId());
        assertEquals(local.algorithm(), prehashing.algorithm());
        assertTrue(Verifier.of(keys.getPublic()).verify(large, prehashing.sign(large)));
        assertFalse(Verifier.of(keys.getPublic()).verify(MESSAGE, prehashing.sign(large)), "another message");
    }

    @Test
    void noPrehashingForEd25519() throws Exception {
        LocalKeySigner signer = LocalKeySigner.of("k1", TestKeys.ed25519().getPrivate());

        assertThrows(IllegalArgumentException.class, () -> PrehashingSigner.of(signer));
    }
}
