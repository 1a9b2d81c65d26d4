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
}
