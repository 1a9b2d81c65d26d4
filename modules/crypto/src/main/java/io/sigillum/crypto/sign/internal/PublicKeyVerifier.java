package io.sigillum.crypto.sign.internal;

import com.nimbusds.jose.JOSEException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;

/**
 * Verifies with a public key in this process, through a given JCA provider or the first in the
 * list that takes the key. EC and Ed25519 keys imply their algorithm; an RSA key is bound to the
 * one it is made for.
 */
public final class PublicKeyVerifier implements Verifier {

    private final PublicKey publicKey;
    private final SignatureAlgorithm algorithm;
    private final Provider provider;

    /**
     * @param publicKey an EC (P-256/384/521) or Ed25519 public key
     * @param provider  the provider to verify with, or {@code null} for the JCA's choice
     * @throws IllegalArgumentException for any other key, or one the provider cannot use
     */
    public PublicKeyVerifier(PublicKey publicKey, Provider provider) {
        this(publicKey, KeyAlgorithms.forKey(Objects.requireNonNull(publicKey, "publicKey")), provider);
    }

    /**
     * @param publicKey an RSA key of at least 2048 bits for an RSA algorithm, otherwise a key
     *                  whose curve implies the algorithm
     * @param algorithm the algorithm to verify
     * @param provider  the provider to verify with, or {@code null} for the JCA's choice
     * @throws IllegalArgumentException when the key does not fit the algorithm
     */
    public PublicKeyVerifier(PublicKey publicKey, SignatureAlgorithm algorithm, Provider provider) {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm.rsa()) {
            RsaKeys.requireStrong(publicKey, algorithm);
        } else if (KeyAlgorithms.forKey(publicKey) != algorithm) {
            throw new IllegalArgumentException("the key verifies " + KeyAlgorithms.forKey(publicKey).jwsName()
                    + ", not " + algorithm.jwsName());
        }
        this.algorithm = algorithm;
        this.provider = provider;
        this.publicKey = provider == null ? publicKey : ProviderKeys.translate(publicKey, provider);
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public boolean verify(byte[] signingInput, byte[] signature) {
        Objects.requireNonNull(signingInput, "signingInput");
        if (signature == null) {
            return false;
        }
        try {
            if (algorithm.rsa() && signature.length != RsaKeys.modulusBytes(publicKey)) {
                return false; // RFC 8017 §8.1.2 and §8.2.2, step 1: a signature is exactly k octets
            }
            byte[] jca = JoseSignatures.toJca(algorithm, signature);
            Signature verifier = algorithm.rsa()
                    ? RsaKeys.signature(algorithm, provider)
                    : provider == null
                            ? Signature.getInstance(algorithm.jcaName())
                            : Signature.getInstance(algorithm.jcaName(), provider);
            verifier.initVerify(publicKey);
            verifier.update(signingInput);
            return verifier.verify(jca);
        } catch (JOSEException | GeneralSecurityException | IllegalArgumentException e) {
            // A malformed signature is an invalid one: the caller learns no more than "no".
            return false;
        }
    }
}
