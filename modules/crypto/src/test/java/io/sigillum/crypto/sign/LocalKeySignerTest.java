package io.sigillum.crypto.sign;

import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.crypto.x509.CertificateAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LocalKeySignerTest {

    private static final byte[] MESSAGE = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9".getBytes(StandardCharsets.US_ASCII);

    private static ActiveProvider active;

    @BeforeAll
    static void installProvider() {
        active = CryptoProviders.install();
    }

    private static KeyPair keys(String curve) throws Exception {
        return curve.equals("Ed25519") ? TestKeys.ed25519() : TestKeys.ec(curve);
    }

    @ParameterizedTest
    @CsvSource({"secp256r1, ES256, 64", "secp384r1, ES384, 96", "secp521r1, ES512, 132", "Ed25519, EDDSA, 64"})
    void signsWithTheAlgorithmTheCurveImpliesAndTheSignatureVerifies(String curve, SignatureAlgorithm algorithm,
                                                                      int length) throws Exception {
        KeyPair keys = keys(curve);
        Signer signer = LocalKeySigner.of("k1", keys.getPrivate());

        byte[] signature = signer.sign(MESSAGE);

        assertEquals("k1", signer.keyId());
        assertEquals(algorithm, signer.algorithm());
        assertEquals(length, signature.length);
        Verifier verifier = Verifier.of(keys.getPublic());
        assertEquals(algorithm, verifier.algorithm());
        assertTrue(verifier.verify(MESSAGE, signature));
        assertFalse(verifier.verify("another message".getBytes(StandardCharsets.US_ASCII), signature));
        assertFalse(Verifier.of(keys(curve).getPublic()).verify(MESSAGE, signature), "another key");
    }

    @ParameterizedTest
    @CsvSource({"secp256r1", "secp384r1", "secp521r1", "Ed25519"})
    void signaturesOfTheFastProviderVerifyWithTheJdksAndTheReverse(String curve) throws Exception {
        assumeTrue(active.fast(), "the fast provider does not run here");
        Provider fast = Security.getProvider(active.name());
        KeyPair keys = keys(curve);
        assumeTrue(curve.startsWith("secp") || fast.getService("Signature", "Ed25519") != null,
                "the fast provider has no Ed25519");

        LocalKeySigner viaFast = LocalKeySigner.withProvider("k", keys.getPrivate(), fast);
        LocalKeySigner viaJdk = LocalKeySigner.withProvider("k", keys.getPrivate(), TestKeys.jdk());

        assertEquals(active.name(), viaFast.provider().getName());
        assertEquals("SunEC", viaJdk.provider().getName());
        assertTrue(Verifier.of(keys.getPublic(), TestKeys.jdk()).verify(MESSAGE, viaFast.sign(MESSAGE)));
        assertTrue(Verifier.of(keys.getPublic(), fast).verify(MESSAGE, viaJdk.sign(MESSAGE)));
    }

    @Test
    void aSignerMadeAfterInstallationUsesTheActiveProvider() throws Exception {
        LocalKeySigner signer = LocalKeySigner.of("k", TestKeys.ec("secp256r1").getPrivate());
        assertEquals(active.name(), signer.provider().getName());
    }

    @Test
    void ed25519IsDeterministicAsRfc8032Says() throws Exception {
        Signer signer = LocalKeySigner.of("k", TestKeys.ed25519().getPrivate());
        assertArrayEquals(signer.sign(MESSAGE), signer.sign(MESSAGE));
    }

    @Test
    void refusesKeysItCannotSignJwsWith() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();

        assertThrows(IllegalArgumentException.class, () -> LocalKeySigner.of("k", rsa.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> LocalKeySigner.of("k", ed448.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> Verifier.of(rsa.getPublic()));
    }

    @Test
    void carriesItsCertificateChainAndNeverShowsTheKey() throws Exception {
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum test CA", java.time.Duration.ofDays(1));
        KeyPair keys = TestKeys.ec("secp256r1");
        Signer signer = LocalKeySigner.of("k1", keys.getPrivate(), List.of(ca.certificate()));

        assertEquals(List.of(ca.certificate()), signer.certificateChain());
        assertTrue(LocalKeySigner.of("k2", keys.getPrivate()).certificateChain().isEmpty());
        assertFalse(signer.toString().contains(keys.getPrivate().toString()));
        assertTrue(signer.toString().contains("k1"));
    }
}
