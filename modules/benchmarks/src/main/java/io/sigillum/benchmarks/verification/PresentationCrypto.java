package io.sigillum.benchmarks.verification;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import io.sigillum.benchmarks.measure.SignedInput;
import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.benchmarks.service.TokenIssuer;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The public-key operations the services make for one presentation, counted from their code,
 * done in this process with one JCA provider (and, for AES-GCM, that provider's or the JDK's
 * cipher): what a verifier on that provider could not go below even with zero overhead. Left out
 * because they are not made per presentation: the PKIX validation of the issuer's chain (the
 * verifier remembers its trust evaluation per chain for a minute), the status list token's
 * signature (verified once per fetch, cached for its {@code ttl}), the KMS client's fetch of the
 * active key (once per 30 s) and TLS handshakes (connections are kept alive).
 *
 * <p>Not thread-safe: one per thread.
 */
final class PresentationCrypto {

    /** Each operation, in the order a presentation makes them, and where. */
    static final List<String> OPERATIONS = List.of(
            "verify  the relying party's MP-JWT at POST /transactions   (verification)",
            "keygen  the transaction's P-256 response-encryption key    (verification)",
            "verify  verification's MP-JWT at POST /signatures          (key management)",
            "sign    the request object, ES256                          (key management)",
            "decrypt the response JWE: ECDH-ES P-256 + A256GCM          (verification)",
            "verify  the issuer-signed JWT of the SD-JWT VC, ES256      (verification)",
            "verify  the Key Binding JWT, ES256                         (verification)",
            "verify  the relying party's MP-JWT at GET /transactions    (verification)");
    /** The request object's JWS signing input: an x5c of two certificates and the §5 claims with a DCQL query. */
    static final int REQUEST_OBJECT_SIGNING_INPUT_BYTES = 3_500;
    /** The Issuer-signed JWT's signing input, about a PID SD-JWT VC's with an x5c. */
    static final int CREDENTIAL_SIGNING_INPUT_BYTES = 3_300;
    /** The Key Binding JWT's signing input: header and nonce, aud, iat, sd_hash. */
    static final int KEY_BINDING_SIGNING_INPUT_BYTES = 330;
    /** The encrypted response's plaintext: a vp_token with one SD-JWT+KB of two disclosures, and state. */
    static final int RESPONSE_PLAINTEXT_BYTES = 4_600;

    /** The tokens' {@code jti}: fixed, so every run verifies tokens of the same length. */
    private static final String JTI = "4b1e6f0e-6a4f-4c1e-9d55-0b3f3e1f9a11";

    private final List<SignedInput> verifications;
    private final LocalKeySigner requestObjectKey;
    private final byte[] requestObjectInput;
    private final KeyPairGenerator encryptionKeys;
    private final ECDHDecrypter decrypter;
    private final String response;

    private PresentationCrypto(List<SignedInput> verifications, LocalKeySigner requestObjectKey, byte[] requestObjectInput,
                               KeyPairGenerator encryptionKeys, ECDHDecrypter decrypter, String response) {
        this.verifications = verifications;
        this.requestObjectKey = requestObjectKey;
        this.requestObjectInput = requestObjectInput;
        this.encryptionKeys = encryptionKeys;
        this.decrypter = decrypter;
        this.response = response;
    }

    /**
     * Makes the inputs as the run's clients and services make them (tokens of the same claims,
     * signing inputs and a response of the same sizes), with fresh P-256 keys, and checks that each
     * verifies and the response decrypts.
     *
     * @param provider the signatures' and key agreement's provider
     * @param cipher   the AES-GCM provider (SunJCE for the JDK: SunEC has no ciphers)
     */
    static PresentationCrypto create(Provider provider, Provider cipher) throws GeneralSecurityException, JOSEException {
        Instant now = Instant.now();
        KeyPair tokenKey = EcKeyPairs.p256();
        Es256JwtMinter minter = new Es256JwtMinter((ECPrivateKey) tokenKey.getPrivate(), "bench");
        String rpToken = minter.mint(TokenIssuer.claims("bench-rp", List.of("verifier-rp"), now, JTI));
        String serviceToken = minter.mint(TokenIssuer.claims("verification", List.of("kms-signer", "verifier-rp"), now, JTI));
        KeyPair issuer = EcKeyPairs.p256();
        KeyPair holder = EcKeyPairs.p256();
        List<SignedInput> verifications = new ArrayList<>();
        verifications.add(SignedInput.of(rpToken, Verifier.of(tokenKey.getPublic(), provider)));
        verifications.add(SignedInput.of(serviceToken, Verifier.of(tokenKey.getPublic(), provider)));
        verifications.add(SignedInput.signed(issuer, CREDENTIAL_SIGNING_INPUT_BYTES, provider));
        verifications.add(SignedInput.signed(holder, KEY_BINDING_SIGNING_INPUT_BYTES, provider));
        verifications.add(SignedInput.of(rpToken, Verifier.of(tokenKey.getPublic(), provider)));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair transactionKey = generator.generateKeyPair();
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM).keyID("k1").build(),
                new Payload(SignedInput.text(RESPONSE_PLAINTEXT_BYTES)));
        jwe.encrypt(new ECDHEncrypter((ECPublicKey) transactionKey.getPublic()));
        ECDHDecrypter decrypter = new ECDHDecrypter((ECPrivateKey) transactionKey.getPrivate());
        decrypter.getJCAContext().setKeyEncryptionProvider(provider);
        decrypter.getJCAContext().setContentEncryptionProvider(cipher);

        PresentationCrypto crypto = new PresentationCrypto(List.copyOf(verifications),
                LocalKeySigner.withProvider("request-object-signing", EcKeyPairs.p256().getPrivate(), provider),
                SignedInput.text(REQUEST_OBJECT_SIGNING_INPUT_BYTES), generator, decrypter, jwe.serialize());
        if (crypto.run() != verifications.size()) {
            throw new IllegalStateException("an input of the crypto bound does not verify or decrypt");
        }
        return crypto;
    }

    /**
     * Makes every operation of one presentation once.
     *
     * @return how many verifications succeeded (all of them), or -1 when the signature, key or plaintext is wrong
     */
    int run() {
        int valid = SignedInput.valid(verifications);
        boolean keyMade = encryptionKeys.generateKeyPair().getPublic() instanceof ECPublicKey;
        boolean signedOk = requestObjectKey.sign(requestObjectInput).length == 64;
        boolean decrypted;
        try {
            JWEObject received = JWEObject.parse(response);
            received.decrypt(decrypter);
            decrypted = received.getPayload().toBytes().length == RESPONSE_PLAINTEXT_BYTES;
        } catch (ParseException | JOSEException e) {
            decrypted = false;
        }
        return keyMade && signedOk && decrypted ? valid : -1;
    }
}
