package io.sigillum.crypto.sign;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import io.sigillum.crypto.cose.CoseSpec;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.crypto.sign.JwsVerificationException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RSA tokens from identity providers: RS256 … PS512 verify with the algorithm the verifier is
 * bound to and no other, keys under 2048 bits are refused, and the usual forgeries fail.
 */
class RsaVerificationTest {

    private static final byte[] PAYLOAD = "{\"iss\":\"https://idp.example\"}".getBytes(StandardCharsets.UTF_8);
    private static final Set<SignatureAlgorithm> RSA = EnumSet.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384,
            SignatureAlgorithm.RS512, SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512);
    private static KeyPair key2048;

    @BeforeAll
    static void setUp() throws NoSuchAlgorithmException {
        // With the fast provider first, as the services run: PSS must still get its parameters.
        CryptoProviders.install();
        key2048 = rsa(2048);
    }

    private static KeyPair rsa(int bits) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    /** Signed by Nimbus, independently of the code under test. */
    private static String nimbusSigned(KeyPair key, JWSAlgorithm alg) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(alg), new Payload(PAYLOAD));
        jws.sign(new RSASSASigner(key.getPrivate()));
        return jws.serialize();
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
    void verifiesWhatNimbusSignsWithTheNamedAlgorithm(SignatureAlgorithm algorithm) throws Exception {
        assertTrue(algorithm.rsa());
        Verifier verifier = Verifier.of(key2048.getPublic(), algorithm);

        VerifiedJws verified = CompactJws.verify(nimbusSigned(key2048, algorithm.toNimbus()), verifier, RSA);

        assertArrayEquals(PAYLOAD, verified.payload());
        assertEquals(algorithm, verifier.algorithm());
    }

    @Test
    void aVerifierForOneRsaAlgorithmRefusesTheOthers() throws Exception {
        Verifier rs256 = Verifier.of(key2048.getPublic(), SignatureAlgorithm.RS256);
        JwsVerificationException e = assertThrows(JwsVerificationException.class,
                () -> CompactJws.verify(nimbusSigned(key2048, JWSAlgorithm.PS256), rs256, RSA));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
        // And an allow-list without RSA refuses an RSA token before any signature check.
        e = assertThrows(JwsVerificationException.class, () -> CompactJws.verify(
                nimbusSigned(key2048, JWSAlgorithm.RS256), rs256, EnumSet.of(SignatureAlgorithm.ES256)));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
    }

    @Test
    void keysUnder2048BitsAreRefused() throws Exception {
        KeyPair weak = rsa(1024);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Verifier.of(weak.getPublic(), SignatureAlgorithm.RS256));
        assertTrue(e.getMessage().contains("1024 bits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Verifier.of(weak.getPublic(), SignatureAlgorithm.PS256));
    }

    @Test
    void anRsaKeyNeedsItsAlgorithmNamedAndFitsNoOther() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Verifier.of(key2048.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> Verifier.of(key2048.getPublic(), SignatureAlgorithm.ES256));
        assertThrows(IllegalArgumentException.class,
                () -> Verifier.of(TestKeys.ec("secp256r1").getPublic(), SignatureAlgorithm.RS256));
        assertEquals(SignatureAlgorithm.ES256,
                Verifier.of(TestKeys.ec("secp256r1").getPublic(), SignatureAlgorithm.ES256).algorithm());
    }

    @Test
    void hmacKeyedWithTheRsaPublicKeyAndAlgNoneAreRefused() throws Exception {
        JWSObject forged = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(PAYLOAD));
        forged.sign(new MACSigner(key2048.getPublic().getEncoded()));
        Verifier verifier = Verifier.of(key2048.getPublic(), SignatureAlgorithm.RS256);
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, assertThrows(JwsVerificationException.class,
                () -> CompactJws.verify(forged.serialize(), verifier, EnumSet.allOf(SignatureAlgorithm.class))).reason());
        String[] parts = nimbusSigned(key2048, JWSAlgorithm.RS256).split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\"}").toString() + "." + parts[1] + ".";
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, assertThrows(JwsVerificationException.class,
                () -> CompactJws.verify(none, verifier, EnumSet.allOf(SignatureAlgorithm.class))).reason());
    }

    @Test
    void alteredTruncatedOrOtherKeysSignaturesDoNotVerify() throws Exception {
        Verifier verifier = Verifier.of(key2048.getPublic(), SignatureAlgorithm.PS256);
        String[] parts = nimbusSigned(key2048, JWSAlgorithm.PS256).split("\\.");
        byte[] signature = Base64URL.from(parts[2]).decode();
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        assertTrue(verifier.verify(input, signature));
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;
        assertFalse(verifier.verify(input, flipped));
        assertFalse(verifier.verify(input, java.util.Arrays.copyOf(signature, signature.length - 1)));
        assertFalse(verifier.verify(input, new byte[0]));
        assertFalse(Verifier.of(rsa(2048).getPublic(), SignatureAlgorithm.PS256).verify(input, signature));
    }

    @Test
    void rsaIsForVerificationOnly() {
        assertEquals(0, DigestSigner.digestLength(SignatureAlgorithm.RS256));
        assertThrows(IllegalArgumentException.class, () -> CoseSpec.algorithmId(SignatureAlgorithm.PS256));
        // COSE's RSA numbers (RFC 8230) stay unknown to this library's COSE.
        assertTrue(CoseSpec.algorithm(-37).isEmpty());
        assertTrue(CoseSpec.algorithm(-257).isEmpty());
        assertEquals(SignatureAlgorithm.ES256, CoseSpec.algorithm(-7).orElseThrow());
    }
}
