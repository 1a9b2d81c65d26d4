package io.sigillum.crypto.cose;

import io.sigillum.crypto.cbor.Cbor;
import io.sigillum.crypto.cbor.CborArray;
import io.sigillum.crypto.cbor.CborBytes;
import io.sigillum.crypto.cbor.CborMap;
import io.sigillum.crypto.cbor.CborSimple;
import io.sigillum.crypto.cbor.CborTagged;
import io.sigillum.crypto.cbor.CborValue;
import io.sigillum.crypto.cose.CoseException.Reason;
import io.sigillum.crypto.provider.CryptoProviders;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.ServerCertificateRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseSign1Test {

    private static final byte[] PAYLOAD = "an MSO, a status list, anything".getBytes(StandardCharsets.UTF_8);
    private static final Set<SignatureAlgorithm> ALL = EnumSet.allOf(SignatureAlgorithm.class);

    private static KeyPair p256;
    private static Signer signer;
    private static Verifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        CryptoProviders.install();
        p256 = keyPair(SignatureAlgorithm.ES256);
        signer = LocalKeySigner.of("issuer-key-1", p256.getPrivate());
        verifier = Verifier.of(p256.getPublic());
    }

    private static KeyPair keyPair(SignatureAlgorithm algorithm) throws Exception {
        if (algorithm == SignatureAlgorithm.EDDSA) {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(switch (algorithm) {
            case ES256 -> "secp256r1";
            case ES384 -> "secp384r1";
            default -> "secp521r1";
        }));
        return generator.generateKeyPair();
    }

    private static Reason refusal(byte[] encoded, Verifier key, Set<SignatureAlgorithm> allowed, byte[] aad) {
        return assertThrows(CoseException.class, () -> CoseSign1.decode(encoded).verify(key, allowed, aad)).reason();
    }

    /** A COSE_Sign1 with any protected map, signed for real: for headers the builder refuses to make. */
    private static byte[] craft(Signer key, CborMap protectedMap, CborMap unprotected, byte[] payload) {
        byte[] protectedBytes = Cbor.encode(protectedMap);
        byte[] signature = key.sign(SigStructure.encode(protectedBytes, new byte[0], payload));
        return Cbor.encode(CborValue.array(CborValue.of(protectedBytes), unprotected, CborValue.of(payload), CborValue.of(signature)));
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"ES256", "ES384", "ES512", "EDDSA"}) // what signers hold; RSA verifies only
    void eachAlgorithmRoundTrips(SignatureAlgorithm algorithm) throws Exception {
        KeyPair keys = keyPair(algorithm);
        Signer key = LocalKeySigner.of("k-" + algorithm, keys.getPrivate());

        byte[] encoded = CoseSign1.signWith(key).keyId(HeaderBucket.UNPROTECTED).tagged().sign(PAYLOAD);

        CoseSign1 message = CoseSign1.decode(encoded);
        assertTrue(message.isTagged());
        assertEquals(CborValue.of(CoseSpec.algorithmId(algorithm)), message.protectedHeaders().algorithm().orElseThrow());
        VerifiedCoseSign1 verified = message.verify(Verifier.of(keys.getPublic()));
        assertEquals(algorithm, verified.algorithm());
        assertArrayEquals(PAYLOAD, verified.payload());
        assertArrayEquals(("k-" + algorithm).getBytes(StandardCharsets.UTF_8), verified.keyId().orElseThrow());
        assertEquals(algorithm.signatureLength(), message.signature().length, "R‖S, as RFC 9053 §2.1 wants");
    }

    @Test
    void theProtectedBucketIsDeterministicAndHoldsTheAlg() throws Exception {
        byte[] encoded = CoseSign1.signWith(signer).sign(PAYLOAD);
        CoseSign1 message = CoseSign1.decode(encoded);
        assertEquals("a10126", HexFormat.of().formatHex(message.protectedBytes()));
        assertFalse(message.isTagged(), "untagged unless asked, as ISO 18013-5 carries IssuerAuth");
        assertTrue(message.unprotectedHeaders().isEmpty());
    }

    @Test
    void x5chainGoesWhereTheCallerPutsItAsOneBstrOrAnArray() throws Exception {
        CertificateAuthority ca = CertificateAuthority.selfSigned("COSE test CA", Duration.ofDays(1));
        IssuedCertificate leaf = ca.issueServerCertificate(new ServerCertificateRequest("ds", List.of(), Duration.ofDays(1)));
        Signer withChain = LocalKeySigner.of("ds", leaf.privateKey(), leaf.chain());

        byte[] two = CoseSign1.signWith(withChain).x5chain(HeaderBucket.UNPROTECTED).sign(PAYLOAD);
        byte[] one = CoseSign1.signWith(withChain).x5chain(HeaderBucket.PROTECTED, List.of(leaf.certificate())).sign(PAYLOAD);

        CoseSign1 withTwo = CoseSign1.decode(two);
        assertEquals(leaf.chain(), withTwo.x5chain());
        assertInstanceOf(CborArray.class, withTwo.unprotectedHeaders().get(CoseSpec.X5CHAIN).orElseThrow());
        Verifier leafKey = Verifier.of(withTwo.x5chain().get(0).getPublicKey());
        assertEquals(leaf.chain(), withTwo.verify(leafKey).x5chain());
        CoseSign1 withOne = CoseSign1.decode(one);
        assertInstanceOf(CborBytes.class, withOne.protectedHeaders().get(CoseSpec.X5CHAIN).orElseThrow(), "RFC 9360: a lone certificate is a bstr");
        assertEquals(List.of(leaf.certificate()), withOne.verify(leafKey).x5chain());
    }

    @Test
    void aDetachedPayloadIsSignedButNotCarried() throws Exception {
        byte[] encoded = CoseSign1.signWith(signer).detached().sign(PAYLOAD);

        CoseSign1 message = CoseSign1.decode(encoded);
        assertTrue(message.isDetached());
        assertTrue(message.payload().isEmpty());
        assertArrayEquals(PAYLOAD, message.verifyDetached(verifier, ALL, new byte[0], PAYLOAD).payload());
        assertEquals(Reason.MALFORMED, assertThrows(CoseException.class, () -> message.verify(verifier)).reason());
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(CoseException.class,
                () -> message.verifyDetached(verifier, ALL, new byte[0], "another payload".getBytes(StandardCharsets.UTF_8))).reason());
        CoseSign1 attached = CoseSign1.decode(CoseSign1.signWith(signer).sign(PAYLOAD));
        assertEquals(Reason.MALFORMED, assertThrows(CoseException.class,
                () -> attached.verifyDetached(verifier, ALL, new byte[0], PAYLOAD)).reason());
    }

    @Test
    void externalAadMustBeTheSignersToVerify() throws Exception {
        byte[] transcript = "session transcript".getBytes(StandardCharsets.UTF_8);
        byte[] encoded = CoseSign1.signWith(signer).externalAad(transcript).sign(PAYLOAD);

        assertArrayEquals(PAYLOAD, CoseSign1.decode(encoded).verify(verifier, ALL, transcript).payload());
        assertEquals(Reason.BAD_SIGNATURE, refusal(encoded, verifier, ALL, new byte[0]));
        assertEquals(Reason.BAD_SIGNATURE, refusal(encoded, verifier, ALL, "other transcript".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTamperedPayloadOrProtectedHeaderFails() throws Exception {
        byte[] encoded = CoseSign1.signWith(signer).sign(PAYLOAD);
        byte[] payloadChanged = encoded.clone();
        int at = indexOf(payloadChanged, PAYLOAD);
        payloadChanged[at] ^= 0x01;
        assertEquals(Reason.BAD_SIGNATURE, refusal(payloadChanged, verifier, ALL, new byte[0]));

        // Rewrite the protected bucket with one more parameter, keep the old signature.
        CborArray parts = (CborArray) Cbor.decode(encoded);
        CborMap moreProtected = CborMap.builder().put(CoseSpec.ALG, CborValue.of(CoseSpec.ES256))
                .put(CoseSpec.CONTENT_TYPE, CborValue.of(60)).build();
        byte[] headerChanged = Cbor.encode(CborValue.array(CborValue.of(Cbor.encode(moreProtected)), parts.get(1), parts.get(2), parts.get(3)));
        assertEquals(Reason.BAD_SIGNATURE, refusal(headerChanged, verifier, ALL, new byte[0]));

        byte[] signatureChanged = encoded.clone();
        signatureChanged[signatureChanged.length - 1] ^= 0x01;
        assertEquals(Reason.BAD_SIGNATURE, refusal(signatureChanged, verifier, ALL, new byte[0]));
    }

    @Test
    void algorithmsOtherThanTheKeysAllowedOnesAreRefusedBeforeTheSignature() throws Exception {
        CborMap empty = CborMap.EMPTY;
        // HMAC 256/256 is 5 (RFC 9053 §3.1), 0 is reserved, -257 is RS256: none is signed here.
        for (long alg : new long[] {5, 0, -257, -999}) {
            byte[] encoded = craft(signer, CborMap.builder().put(CoseSpec.ALG, CborValue.of(alg)).build(), empty, PAYLOAD);
            assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(encoded, verifier, ALL, new byte[0]), "alg " + alg);
        }
        byte[] noAlg = craft(signer, CborMap.EMPTY, empty, PAYLOAD);
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(noAlg, verifier, ALL, new byte[0]), "no alg: no 'none'");
        byte[] textAlg = craft(signer, CborMap.builder().put(CoseSpec.ALG, CborValue.of("none")).build(), empty, PAYLOAD);
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(textAlg, verifier, ALL, new byte[0]));
        byte[] relabelled = craft(signer, CborMap.builder().put(CoseSpec.ALG, CborValue.of(CoseSpec.ES384)).build(), empty, PAYLOAD);
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(relabelled, verifier, ALL, new byte[0]), "ES384 label on a P-256 key");

        byte[] genuine = CoseSign1.signWith(signer).sign(PAYLOAD);
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(genuine, verifier, EnumSet.of(SignatureAlgorithm.EDDSA), new byte[0]),
                "a valid ES256 message where only EdDSA is allowed");
        Verifier p384 = Verifier.of(keyPair(SignatureAlgorithm.ES384).getPublic());
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED, refusal(genuine, p384, ALL, new byte[0]), "the key does not sign ES256");
    }

    @Test
    void criticalHeadersAreRefused() throws Exception {
        CborMap critical = CborMap.builder()
                .put(CoseSpec.ALG, CborValue.of(CoseSpec.ES256))
                .put(CoseSpec.CRIT, CborValue.array(CborValue.of(-70_000)))
                .put(-70_000, CborValue.of("an extension we do not know"))
                .build();
        byte[] encoded = craft(signer, critical, CborMap.EMPTY, PAYLOAD);
        assertEquals(Reason.UNSUPPORTED_HEADER, refusal(encoded, verifier, ALL, new byte[0]));

        CborMap unprotectedCrit = CborMap.builder().put(CoseSpec.CRIT, CborValue.array(CborValue.of(4))).build();
        byte[] misplaced = craft(signer, CborMap.builder().put(CoseSpec.ALG, CborValue.of(CoseSpec.ES256)).build(), unprotectedCrit, PAYLOAD);
        assertEquals(Reason.MALFORMED, assertThrows(CoseException.class, () -> CoseSign1.decode(misplaced)).reason());
    }

    @Test
    void malformedStructuresAndHeadersAreRefusedAsMalformed() {
        CborMap alg = CborMap.builder().put(CoseSpec.ALG, CborValue.of(CoseSpec.ES256)).build();
        List<byte[]> malformed = List.of(
                Cbor.encode(CborValue.array(CborValue.of(new byte[0]), CborMap.EMPTY, CborValue.of(PAYLOAD))),
                Cbor.encode(CborValue.tag(98, CborValue.array(CborValue.of(Cbor.encode(alg)), CborMap.EMPTY, CborValue.of(PAYLOAD), CborValue.of(new byte[64])))),
                Cbor.encode(CborValue.array(CborValue.of(Cbor.encode(CborValue.of(1))), CborMap.EMPTY, CborValue.of(PAYLOAD), CborValue.of(new byte[64]))),
                Cbor.encode(CborValue.array(alg, CborMap.EMPTY, CborValue.of(PAYLOAD), CborValue.of(new byte[64]))),
                Cbor.encode(CborValue.array(CborValue.of(Cbor.encode(alg)), CborMap.EMPTY, CborValue.of("text payload"), CborValue.of(new byte[64]))),
                Cbor.encode(CborValue.array(CborValue.of(Cbor.encode(alg)), alg, CborValue.of(PAYLOAD), CborValue.of(new byte[64]))),
                craft(signer, alg, CborMap.builder().put(CoseSpec.KID, CborValue.of("a text kid")).build(), PAYLOAD),
                craft(signer, alg, CborMap.builder().put(CoseSpec.X5CHAIN, CborValue.of(new byte[] {0x30, 0x03, 1, 2, 3})).build(), PAYLOAD),
                craft(signer, alg, CborMap.builder().put(CoseSpec.X5CHAIN, CborValue.array()).build(), PAYLOAD));
        for (byte[] encoded : malformed) {
            CoseException refused = assertThrows(CoseException.class, () -> CoseSign1.decode(encoded), HexFormat.of().formatHex(encoded));
            assertEquals(Reason.MALFORMED, refused.reason(), refused.getMessage());
        }
    }

    @Test
    void garbageAndTruncatedInputGiveACoseExceptionNeverALibraryOne() throws Exception {
        byte[] genuine = CoseSign1.signWith(signer).x5chain(HeaderBucket.UNPROTECTED,
                List.of(CertificateAuthority.selfSigned("x", Duration.ofDays(1)).certificate())).tagged().sign(PAYLOAD);
        for (int length = 0; length < genuine.length; length++) {
            byte[] truncated = Arrays.copyOf(genuine, length);
            CoseException refused = assertThrows(CoseException.class, () -> CoseSign1.decode(truncated));
            assertEquals(Reason.MALFORMED, refused.reason());
        }
        byte[] trailing = Arrays.copyOf(genuine, genuine.length + 1);
        assertEquals(Reason.MALFORMED, assertThrows(CoseException.class, () -> CoseSign1.decode(trailing)).reason());
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] flipped = genuine.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
            try {
                CoseSign1.decode(flipped).verify(verifier, ALL, new byte[0]);
            } catch (CoseException expected) {
                // refused with the dedicated exception, whichever reason: fine
            }
        }
        assertEquals(Reason.MALFORMED, assertThrows(CoseException.class,
                () -> CoseSign1.decode("{\"not\":\"cbor\"}".getBytes(StandardCharsets.UTF_8))).reason());
    }

    @Test
    void theBuilderRefusesHeadersItMustNotMake() {
        CoseSign1Builder builder = CoseSign1.signWith(signer).keyId(HeaderBucket.PROTECTED);
        assertThrows(IllegalArgumentException.class, () -> builder.header(HeaderBucket.UNPROTECTED, CoseSpec.ALG, CborValue.of(-7)));
        assertThrows(IllegalArgumentException.class, () -> builder.header(HeaderBucket.PROTECTED, CoseSpec.CRIT, CborValue.array(CborValue.of(4))));
        assertThrows(IllegalArgumentException.class, () -> builder.keyId(HeaderBucket.UNPROTECTED), "kid in both buckets");
        assertThrows(IllegalArgumentException.class, () -> builder.header(HeaderBucket.PROTECTED, CoseSpec.CONTENT_TYPE, CborValue.of(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.x5chain(HeaderBucket.UNPROTECTED), "the signer has no chain");
        assertThrows(IllegalArgumentException.class, () -> builder.x5chain(HeaderBucket.UNPROTECTED, List.<X509Certificate>of()));
    }

    @Test
    void aSignerReturningTheWrongSignatureFormIsCaught() {
        Signer derSigner = new Signer() {
            @Override
            public String keyId() {
                return "der";
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.ES256;
            }

            @Override
            public byte[] sign(byte[] signingInput) {
                return new byte[71];
            }

            @Override
            public List<X509Certificate> certificateChain() {
                return List.of();
            }
        };
        assertThrows(IllegalStateException.class, () -> CoseSign1.signWith(derSigner).sign(PAYLOAD));
    }

    @Test
    void customLabelsTravelAndReadBack() throws Exception {
        byte[] encoded = CoseSign1.signWith(signer)
                .header(HeaderBucket.PROTECTED, CoseSpec.CONTENT_TYPE, CborValue.of("application/statuslist+cwt"))
                .header(HeaderBucket.UNPROTECTED, "note", CborValue.of("not signed"))
                .header(HeaderBucket.UNPROTECTED, -65_537, CborSimple.TRUE)
                .sign(PAYLOAD);
        VerifiedCoseSign1 verified = CoseSign1.decode(encoded).verify(verifier);
        assertEquals(CborValue.of("application/statuslist+cwt"), verified.protectedHeaders().contentType().orElseThrow());
        assertEquals(CborValue.of("not signed"), verified.unprotectedHeaders().get("note").orElseThrow());
        assertEquals(CborSimple.TRUE, verified.unprotectedHeaders().get(-65_537).orElseThrow());
        assertInstanceOf(CborTagged.class, Cbor.decode(CoseSign1.signWith(signer).tagged().sign(PAYLOAD)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
