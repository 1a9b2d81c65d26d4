package io.sigillum.crypto.pkcs11;

import io.sigillum.crypto.testing.SoftHsm;
import io.sigillum.crypto.pkcs11.Pkcs11Exception.Reason;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.SigningException;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.CertificateAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys generated, used, found again and destroyed in a SoftHSM2 token. */
class Pkcs11TokenTest {

    private static final byte[] MESSAGE = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger ALIASES = new AtomicInteger();

    private SoftHsm.Tokens hsm;
    private Pkcs11Token token;

    /** Per test, not per class: surefire shows each skipped test, but not a class skipped as a whole. */
    @BeforeEach
    void open() {
        hsm = SoftHsm.tokens();
        token = Pkcs11Token.open(hsm.main(), SoftHsm.pin());
    }

    @AfterEach
    void close() {
        if (token != null) {
            token.close();
        }
    }

    /** Each test's keys get aliases of their own: the token outlives the tests. */
    private static String newAlias() {
        return "key-" + ALIASES.incrementAndGet();
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"ES256", "ES384", "ES512"})
    void generatesAKeyThatSignsWhatItsPublicKeyVerifies(SignatureAlgorithm algorithm) throws Exception {
        String alias = newAlias();
        Pkcs11Signer signer = token.generateKey(alias, algorithm);

        byte[] signature = signer.sign(MESSAGE);

        assertEquals(alias, signer.keyId());
        assertEquals(algorithm, signer.algorithm());
        assertEquals(algorithm.signatureLength(), signature.length);
        assertTrue(signer.certificateChain().isEmpty(), "the placeholder certificate is not a chain");
        Verifier verifier = Verifier.of(signer.publicKey());
        assertEquals(algorithm, verifier.algorithm());
        assertTrue(verifier.verify(MESSAGE, signature));
        assertFalse(verifier.verify("another message".getBytes(StandardCharsets.US_ASCII), signature));

        String jws = CompactJws.sign(signer, "{\"sub\":\"alice\"}".getBytes(StandardCharsets.UTF_8));
        VerifiedJws verified = CompactJws.verify(jws, verifier, Set.of(algorithm));
        assertEquals(alias, verified.header().getKeyID());
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"ES256", "ES384"})
    void signsADigestAsTheSignatureOfTheMessage(SignatureAlgorithm algorithm) throws Exception {
        Pkcs11Signer signer = token.generateKey(newAlias(), algorithm);
        String hash = algorithm == SignatureAlgorithm.ES256 ? "SHA-256" : "SHA-384";

        byte[] signature = signer.signDigest(java.security.MessageDigest.getInstance(hash).digest(MESSAGE));

        assertTrue(Verifier.of(signer.publicKey()).verify(MESSAGE, signature));
        assertThrows(IllegalArgumentException.class, () -> signer.signDigest(new byte[20]));
    }

    @Test
    void aKeySurvivesReopeningTheTokenInANewProviderInstance() {
        String alias = newAlias();
        Pkcs11Signer generated = token.generateKey(alias, SignatureAlgorithm.ES256);
        token.close();

        token = Pkcs11Token.open(hsm.main(), SoftHsm.pin());
        Pkcs11Signer found = token.signer(alias);

        assertTrue(token.aliases().contains(alias));
        assertEquals(SignatureAlgorithm.ES256, found.algorithm());
        assertEquals(generated.publicKey(), found.publicKey());
        assertTrue(found.certificateChain().isEmpty());
        assertTrue(Verifier.of(generated.publicKey()).verify(MESSAGE, found.sign(MESSAGE)));
    }

    @Test
    void thePrivateKeyStaysInTheToken() {
        Pkcs11Signer signer = token.generateKey(newAlias(), SignatureAlgorithm.ES256);
        PrivateKey key = token.signer(signer.keyId()).privateKey();

        assertNull(key.getEncoded(), "a sensitive key has no encoding");
        assertTrue(key.getClass().getName().startsWith("sun.security.pkcs11.P11Key"), key.getClass().getName());
        // SunPKCS11 reads these attributes from the token object itself.
        assertTrue(key.toString().contains("token object, sensitive, unextractable"), key.toString());
        assertThrows(InvalidKeyException.class,
                () -> KeyFactory.getInstance("EC", Security.getProvider("SunEC")).translateKey(key),
                "a software provider cannot take the key's value out");
    }

    @Test
    void anUnknownAliasIsAClearError() {
        Pkcs11Exception signer = assertThrows(Pkcs11Exception.class, () -> token.signer("no-such-key"));
        Pkcs11Exception delete = assertThrows(Pkcs11Exception.class, () -> token.deleteKey("no-such-key"));

        assertEquals(Reason.UNKNOWN_ALIAS, signer.reason());
        assertEquals(Reason.UNKNOWN_ALIAS, delete.reason());
        assertTrue(signer.getMessage().contains("no-such-key"), signer.getMessage());
    }

    @Test
    void anAliasInUseIsNotGeneratedAgain() {
        String alias = newAlias();
        Pkcs11Signer first = token.generateKey(alias, SignatureAlgorithm.ES256);

        Pkcs11Exception e = assertThrows(Pkcs11Exception.class, () -> token.generateKey(alias, SignatureAlgorithm.ES384));

        assertEquals(Reason.ALIAS_IN_USE, e.reason());
        assertEquals(first.publicKey(), token.signer(alias).publicKey(), "the first key is untouched");
    }

    @Test
    void aKeyIsTwoTokenObjectsThePrivateKeyAndItsCertificate() throws Exception {
        long before = SoftHsm.storedObjects();

        token.generateKey(newAlias(), SignatureAlgorithm.ES256);

        // The public key stays a session object: the certificate carries it.
        assertEquals(before + 2, SoftHsm.storedObjects());
    }

    @Test
    void deletingDestroysTheKeyForGood() throws Exception {
        String alias = newAlias();
        String kept = newAlias();
        token.generateKey(kept, SignatureAlgorithm.ES256);
        long before = SoftHsm.storedObjects();
        token.generateKey(alias, SignatureAlgorithm.ES256);

        token.deleteKey(alias);

        assertEquals(before, SoftHsm.storedObjects(), "neither the key nor its certificate is left");

        assertEquals(Reason.UNKNOWN_ALIAS, assertThrows(Pkcs11Exception.class, () -> token.signer(alias)).reason());
        token.close();
        token = Pkcs11Token.open(hsm.main(), SoftHsm.pin());
        assertFalse(token.aliases().contains(alias));
        assertTrue(token.aliases().contains(kept));
        assertEquals(Reason.UNKNOWN_ALIAS, assertThrows(Pkcs11Exception.class, () -> token.signer(alias)).reason());
    }

    @Test
    void aCertificateChainSetLaterReplacesThePlaceholderAndPersists() throws Exception {
        String alias = newAlias();
        Pkcs11Signer signer = token.generateKey(alias, SignatureAlgorithm.ES256);
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum PKCS#11 test CA", Duration.ofDays(1));
        X509Certificate leaf = TestCertificates.issue(ca, "token key", signer.publicKey());

        long before = SoftHsm.storedObjects();

        Pkcs11Signer withChain = token.setCertificateChain(alias, List.of(leaf, ca.certificate()));

        assertEquals(List.of(leaf, ca.certificate()), withChain.certificateChain());
        assertEquals(before + 1, SoftHsm.storedObjects(), "the leaf replaces the placeholder; the CA is added");
        assertEquals(signer.publicKey(), withChain.publicKey());
        token.close();
        token = Pkcs11Token.open(hsm.main(), SoftHsm.pin());
        Pkcs11Signer reopened = token.signer(alias);
        assertEquals(List.of(leaf, ca.certificate()), reopened.certificateChain());
        assertTrue(Verifier.of(leaf.getPublicKey()).verify(MESSAGE, reopened.sign(MESSAGE)));
        assertTrue(CompactJws.header(reopened).build().getX509CertChain() != null, "x5c goes into the header");
    }

    @Test
    void aChainForAnotherKeyIsRefused() throws Exception {
        String alias = newAlias();
        token.generateKey(alias, SignatureAlgorithm.ES256);
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum PKCS#11 test CA", Duration.ofDays(1));

        assertThrows(IllegalArgumentException.class, () -> token.setCertificateChain(alias, List.of(ca.certificate())));
        assertTrue(token.signer(alias).certificateChain().isEmpty());
    }

    @Test
    void signsFromSeveralThreadsAtOnce() throws Exception {
        Pkcs11Signer signer = token.generateKey(newAlias(), SignatureAlgorithm.ES256);
        Verifier verifier = Verifier.of(signer.publicKey());
        int threads = 8;
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    int valid = 0;
                    for (int i = 0; i < each; i++) {
                        byte[] message = ("thread " + thread + " message " + i).getBytes(StandardCharsets.US_ASCII);
                        if (verifier.verify(message, signer.sign(message))) {
                            valid++;
                        }
                    }
                    return valid;
                });
            }
            int valid = 0;
            for (Future<Integer> result : pool.invokeAll(work)) {
                valid += result.get();
            }
            assertEquals(threads * each, valid);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void printsTheSigningRate() {
        // A rough figure for the README and reviews, not an assertion: machines differ.
        Signer signer = token.generateKey(newAlias(), SignatureAlgorithm.ES256);
        byte[] message = new byte[600];
        for (int i = 0; i < 500; i++) {
            signer.sign(message);
        }
        int count = 3000;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            signer.sign(message);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("PKCS#11 (SoftHSM2) ES256, one thread, 600-byte input: %.0f signatures/s%n", count / seconds);
    }

    @Test
    void refusesWhatItCannotDo() {
        assertThrows(IllegalArgumentException.class, () -> token.generateKey(newAlias(), SignatureAlgorithm.EDDSA));
        assertThrows(IllegalArgumentException.class, () -> token.generateKey("an alias", SignatureAlgorithm.ES256));
        assertThrows(IllegalArgumentException.class, () -> token.generateKey("", SignatureAlgorithm.ES256));
        assertThrows(IllegalArgumentException.class, () -> token.signer("line\nbreak"));
    }

    @Test
    void aClosedTokenSaysSoAndItsSignersStop() {
        Pkcs11Signer signer = token.generateKey(newAlias(), SignatureAlgorithm.ES256);
        token.close();

        assertThrows(IllegalStateException.class, () -> token.signer(signer.keyId()));
        assertThrows(SigningException.class, () -> signer.sign(MESSAGE));
        token.close();
    }

    @Test
    void neverShowsThePin() {
        Pkcs11Signer signer = token.generateKey(newAlias(), SignatureAlgorithm.ES256);

        assertFalse(token.toString().contains(SoftHsm.pinText()));
        assertFalse(signer.toString().contains(SoftHsm.pinText()));
        assertTrue(signer.toString().contains(signer.keyId()));
        assertNotEquals(-1, token.toString().indexOf(hsm.main().library().toString()));
    }

    @Test
    void twoKeysSignDifferently() {
        Pkcs11Signer one = token.generateKey(newAlias(), SignatureAlgorithm.ES256);
        Pkcs11Signer two = token.generateKey(newAlias(), SignatureAlgorithm.ES256);

        assertNotEquals(one.publicKey(), two.publicKey());
        assertFalse(Verifier.of(two.publicKey()).verify(MESSAGE, one.sign(MESSAGE)));
    }
}
