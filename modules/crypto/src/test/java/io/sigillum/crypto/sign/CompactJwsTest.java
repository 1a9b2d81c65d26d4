package io.sigillum.crypto.sign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.crypto.sign.JwsVerificationException.Reason;
import io.sigillum.crypto.x509.CertificateAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactJwsTest {

    private static final byte[] PAYLOAD = "{\"iss\":\"https://issuer.example\"}".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void installProvider() {
        CryptoProviders.install();
    }

    private static Reason refusal(String compact, Verifier verifier) {
        return assertThrows(JwsVerificationException.class, () -> CompactJws.verify(compact, verifier)).reason();
    }

    private static String b64(String text) {
        return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void verifiesTheEs256ExampleOfRfc7515AppendixA3() throws Exception {
        ECKey key = TestKeys.rfc7515Key();

        VerifiedJws verified = CompactJws.verify(TestKeys.RFC7515_A3_JWS, Verifier.of(key.toECPublicKey()));

        assertEquals(JWSAlgorithm.ES256, verified.header().getAlgorithm());
        assertEquals("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}",
                new String(verified.payload(), StandardCharsets.UTF_8));
    }

    @Test
    void signsWithTheRfc7515ExampleKeyAndTheResultVerifiesWithNimbus() throws Exception {
        ECKey key = TestKeys.rfc7515Key();
        Signer signer = LocalKeySigner.of("a3", key.toECPrivateKey());

        String compact = CompactJws.sign(signer, PAYLOAD);

        JWSObject parsed = JWSObject.parse(compact);
        assertEquals("a3", parsed.getHeader().getKeyID());
        assertTrue(parsed.verify(new ECDSAVerifier(key.toECPublicKey())));
        assertArrayEquals(PAYLOAD, CompactJws.verify(compact, Verifier.of(key.toECPublicKey())).payload());
    }

    @Test
    void signsTheEd25519ExampleOfRfc8037AppendixA4ByteForByte() throws Exception {
        Signer signer = LocalKeySigner.of("ed", TestKeys.rfc8037PrivateKey());
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).build();

        String compact = CompactJws.sign(signer, header, "Example of Ed25519 signing".getBytes(StandardCharsets.UTF_8));

        assertEquals(TestKeys.RFC8037_A4_JWS, compact);
        assertEquals("Example of Ed25519 signing", new String(
                CompactJws.verify(compact, Verifier.of(TestKeys.rfc8037PublicKey())).payload(), StandardCharsets.UTF_8));
    }

    @Test
    void theHeaderCarriesKidAndTheCertificateChainAsX5c() throws Exception {
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum test CA", Duration.ofDays(1));
        Signer signer = LocalKeySigner.of("with-chain", ca.privateKey(), List.of(ca.certificate()));

        JWSHeader header = CompactJws.verify(CompactJws.sign(signer, PAYLOAD),
                Verifier.of(ca.certificate().getPublicKey())).header();

        assertEquals("with-chain", header.getKeyID());
        assertEquals(1, header.getX509CertChain().size());
        assertArrayEquals(ca.certificate().getEncoded(), header.getX509CertChain().get(0).decode());
    }

    @Test
    void refusesToSignAHeaderThatNamesAnotherAlgorithm() throws Exception {
        Signer signer = LocalKeySigner.of("k", TestKeys.ec("secp256r1").getPrivate());
        JWSHeader es384 = new JWSHeader.Builder(JWSAlgorithm.ES384).build();

        assertThrows(IllegalArgumentException.class, () -> CompactJws.sign(signer, es384, PAYLOAD));
    }

    @Test
    void refusesAlgNone() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        String valid = CompactJws.sign(LocalKeySigner.of("k", keys.getPrivate()), PAYLOAD);
        String[] parts = valid.split("\\.");
        String none = b64("{\"alg\":\"none\"}");

        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(none + "." + parts[1] + ".", Verifier.of(keys.getPublic())));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED,
                refusal(none + "." + parts[1] + "." + parts[2], Verifier.of(keys.getPublic())));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED,
                refusal(b64("{\"alg\":\"NONE\"}") + "." + parts[1] + "." + parts[2], Verifier.of(keys.getPublic())));
    }

    @Test
    void refusesHs256KeyConfusionWithThePublicKeyAsTheHmacSecret() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        ECPublicKey publicKey = (ECPublicKey) keys.getPublic();
        for (byte[] secret : List.of(publicKey.getEncoded(),
                ECKey.parse(new ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256, publicKey).build().toJSONString())
                        .toJSONString().getBytes(StandardCharsets.UTF_8))) {
            JWSObject forged = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(PAYLOAD));
            forged.sign(new MACSigner(secret));

            Verifier verifier = Verifier.of(publicKey);
            assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(forged.serialize(), verifier));
            JwsVerificationException e = assertThrows(JwsVerificationException.class, () -> CompactJws.verify(
                    forged.serialize(), verifier, EnumSet.allOf(SignatureAlgorithm.class)));
            assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
        }
    }

    @Test
    void refusesAnEs256SignatureClaimedAsEs384() throws Exception {
        KeyPair p256 = TestKeys.ec("secp256r1");
        KeyPair p384 = TestKeys.ec("secp384r1");
        String[] parts = CompactJws.sign(LocalKeySigner.of("k", p256.getPrivate()), PAYLOAD).split("\\.");
        String relabelled = b64("{\"alg\":\"ES384\",\"kid\":\"k\"}") + "." + parts[1] + "." + parts[2];

        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(relabelled, Verifier.of(p256.getPublic())));
        assertEquals(Reason.BAD_SIGNATURE, refusal(relabelled, Verifier.of(p384.getPublic())));
    }

    @Test
    void refusesAnAlgorithmTheCallerDoesNotAllow() throws Exception {
        KeyPair keys = TestKeys.ec("secp384r1");
        String compact = CompactJws.sign(LocalKeySigner.of("k", keys.getPrivate()), PAYLOAD);

        JwsVerificationException e = assertThrows(JwsVerificationException.class,
                () -> CompactJws.verify(compact, Verifier.of(keys.getPublic()), Set.of(SignatureAlgorithm.ES256)));
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, e.reason());
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(
                b64("{\"alg\":\"RS256\"}") + "." + b64("x") + "." + b64("sig"), Verifier.of(keys.getPublic())));
    }

    @Test
    void refusesTruncatedGarbledAndForgedSignatures() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        Verifier verifier = Verifier.of(keys.getPublic());
        String compact = CompactJws.sign(LocalKeySigner.of("k", keys.getPrivate()), PAYLOAD);
        int dot = compact.lastIndexOf('.');
        String input = compact.substring(0, dot + 1);
        String signature = compact.substring(dot + 1);
        char[] flipped = signature.toCharArray();
        flipped[20] = flipped[20] == 'A' ? 'B' : 'A';

        assertEquals(Reason.BAD_SIGNATURE, refusal(input + signature.substring(0, signature.length() - 4), verifier));
        assertEquals(Reason.BAD_SIGNATURE, refusal(input + new String(flipped), verifier));
        assertEquals(Reason.MALFORMED, refusal(input, verifier), "an empty signature");
        assertEquals(Reason.BAD_SIGNATURE, refusal(input + signature + "AAAA", verifier));
        // R = S = 0 verifies on a JDK with CVE-2022-21449 unless refused first.
        assertEquals(Reason.BAD_SIGNATURE, refusal(input + Base64URL.encode(new byte[64]), verifier));
        assertEquals(Reason.BAD_SIGNATURE, refusal(input + signature.replace(signature.charAt(5), '*'), verifier));
    }

    @Test
    void refusesAnAlteredPayloadOrAnotherKey() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        String[] parts = CompactJws.sign(LocalKeySigner.of("k", keys.getPrivate()), PAYLOAD).split("\\.");

        assertEquals(Reason.BAD_SIGNATURE, refusal(parts[0] + "." + b64("{\"iss\":\"mallory\"}") + "." + parts[2],
                Verifier.of(keys.getPublic())));
        assertEquals(Reason.BAD_SIGNATURE, refusal(String.join(".", parts),
                Verifier.of(TestKeys.ec("secp256r1").getPublic())));
    }

    @Test
    void refusesMalformedInput() throws Exception {
        Verifier verifier = Verifier.of(TestKeys.ec("secp256r1").getPublic());

        for (String bad : new String[] {"", "abc", "a.b", "a.b.c.d", "!!.??.**", b64("[1]") + "." + b64("x") + ".AA",
                b64("{\"kid\":\"no alg\"}") + "." + b64("x") + ".AA"}) {
            assertEquals(Reason.MALFORMED, refusal(bad, verifier), bad);
        }
        assertEquals(Reason.MALFORMED, refusal(null, verifier));
    }

    @Test
    void refusesCriticalHeadersAndUnencodedPayloads() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        Signer signer = LocalKeySigner.of("k", keys.getPrivate());
        JWSHeader crit = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .customParam("exp-policy", "x").criticalParams(Set.of("exp-policy")).build();
        JWSHeader b64 = new JWSHeader.Builder(JWSAlgorithm.ES256).base64URLEncodePayload(false)
                .criticalParams(Set.of("b64")).build();
        // Signed correctly over the encoded parts, so only the header can be the reason to refuse.
        String input = b64("{\"alg\":\"ES256\",\"b64\":false}") + "." + b64("payload");
        String unencoded = input + "." + Base64URL.encode(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));

        assertEquals(Reason.UNSUPPORTED_HEADER, refusal(CompactJws.sign(signer, crit, PAYLOAD), Verifier.of(keys.getPublic())));
        assertEquals(Reason.UNSUPPORTED_HEADER, refusal(unencoded, Verifier.of(keys.getPublic())));
        assertThrows(IllegalArgumentException.class, () -> CompactJws.sign(signer, b64, PAYLOAD));
    }

    @Test
    void theNimbusAdapterSignsSignedJwtsThatNimbusVerifies() throws Exception {
        KeyPair keys = TestKeys.ec("secp256r1");
        Signer signer = LocalKeySigner.of("jwt-key", keys.getPrivate());
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(signer.keyId()).build(),
                new JWTClaimsSet.Builder().subject("alice").build());

        jwt.sign(new NimbusJwsSigner(signer));

        SignedJWT parsed = SignedJWT.parse(jwt.serialize());
        assertTrue(parsed.verify(new ECDSAVerifier((ECPublicKey) keys.getPublic())));
        assertEquals("alice", parsed.getJWTClaimsSet().getSubject());
        assertEquals(Set.of(JWSAlgorithm.ES256), new NimbusJwsSigner(signer).supportedJWSAlgorithms());
        CompactJws.verify(jwt.serialize(), Verifier.of(keys.getPublic()));
    }

    @Test
    void theNimbusAdapterRefusesAHeaderForAnotherAlgorithm() throws Exception {
        Signer signer = LocalKeySigner.of("k", TestKeys.ec("secp256r1").getPrivate());
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES512), new Payload(PAYLOAD));

        assertThrows(JOSEException.class, () -> new NimbusJwsSigner(signer).sign(jws.getHeader(), jws.getSigningInput()));
    }

    @Test
    void aSignerThatFailsSurfacesAsSigningException() {
        Signer broken = new Signer() {
            public String keyId() {
                return "remote";
            }

            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.ES256;
            }

            public byte[] sign(byte[] signingInput) {
                throw new SigningException("key remote: KMS unreachable", new java.io.IOException("timeout"));
            }

            public List<java.security.cert.X509Certificate> certificateChain() {
                return List.of();
            }
        };
        assertThrows(SigningException.class, () -> CompactJws.sign(broken, PAYLOAD));
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload(PAYLOAD));
        assertThrows(JOSEException.class, () -> jws.sign(new NimbusJwsSigner(broken)));
    }
}
