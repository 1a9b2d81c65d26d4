package io.sigillum.crypto.sign;

import io.sigillum.crypto.sign.internal.PublicKeyVerifier;

import java.security.Provider;
import java.security.PublicKey;
import java.util.Objects;

/**
 * Checks JOSE-format signatures made with one public key and its one algorithm.
 * Thread-safe.
 */
public interface Verifier {

    /** @return the only algorithm this verifier accepts signatures of */
    SignatureAlgorithm algorithm();

    /**
     * @param signingInput the signed bytes
     * @param signature    a JOSE-format signature ({@link Signer#sign})
     * @return whether the signature is valid; {@code false}, never an exception, for a signature
     *         of the wrong length, out of range or garbled
     */
    boolean verify(byte[] signingInput, byte[] signature);

    /**
     * A verifier for an EC key on P-256, P-384 or P-521, or an Ed25519 key, using the provider
     * first in the JCA list.
     *
     * @param publicKey the key
     * @return its verifier, for the algorithm the key's curve implies
     * @throws IllegalArgumentException for any other kind of key
     */
    static Verifier of(PublicKey publicKey) {
        return new PublicKeyVerifier(publicKey, null);
    }

    /**
     * A verifier bound to a named algorithm, as an RSA key needs: one RSA key can verify
     * {@code RS256} … {@code PS512} alike (RFC 7518 §3.3, §3.5), and a verifier checks one.
     *
     * @param publicKey an RSA public key of at least {@value SignatureAlgorithm#MIN_RSA_KEY_BITS}
     *                  bits for an RSA algorithm; for the others, a key as for {@link #of(PublicKey)}
     *                  whose curve implies exactly this algorithm
     * @param algorithm the one algorithm this verifier accepts
     * @return its verifier, using the provider first in the JCA list
     * @throws IllegalArgumentException when the key does not fit the algorithm, or an RSA key is
     *                                  shorter than RFC 7518 §3.3 allows
     */
    static Verifier of(PublicKey publicKey, SignatureAlgorithm algorithm) {
        return new PublicKeyVerifier(publicKey, Objects.requireNonNull(algorithm, "algorithm"), null);
    }

    /**
     * A verifier that uses one named provider, e.g. to compare providers.
     *
     * @param publicKey the key, as for {@link #of(PublicKey)}
     * @param provider  the JCA provider to verify with
     * @return its verifier
     * @throws IllegalArgumentException for an unsupported key
     */
    static Verifier of(PublicKey publicKey, Provider provider) {
        return new PublicKeyVerifier(publicKey, Objects.requireNonNull(provider, "provider"));
    }
}
