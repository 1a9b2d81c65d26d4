package io.sigillum.crypto.sign.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.RSASSA;
import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/** What RSA verification needs beyond what EC needs: a key size floor and the PSS parameters. */
final class RsaKeys {

    private RsaKeys() {
    }

    /**
     * @throws IllegalArgumentException unless the key is an RSA key of at least
     *                                  {@link SignatureAlgorithm#MIN_RSA_KEY_BITS} bits (RFC 7518 §3.3, §3.5)
     */
    static void requireStrong(PublicKey key, SignatureAlgorithm algorithm) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException(algorithm.jwsName() + " needs an RSA key, not " + key.getAlgorithm());
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < SignatureAlgorithm.MIN_RSA_KEY_BITS) {
            throw new IllegalArgumentException("an RSA key of " + bits + " bits is too short: RFC 7518 §3.3 requires "
                    + SignatureAlgorithm.MIN_RSA_KEY_BITS + " or more");
        }
    }

    /** @return k, the modulus's length in octets, which every signature of the key has (RFC 8017 §8.1.2, §8.2.2) */
    static int modulusBytes(PublicKey key) {
        return (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
    }

    /**
     * @return a fresh JCA signature for the algorithm; Nimbus sets the {@code PS*} algorithms' PSS
     *         parameters (RFC 7518 §3.5: MGF1 with the same hash, a salt as long as the hash) and
     *         falls back to the provider names older JCA providers use
     */
    static Signature signature(SignatureAlgorithm algorithm, Provider provider) throws GeneralSecurityException {
        try {
            return RSASSA.getSignerAndVerifier(algorithm.toNimbus(), provider);
        } catch (JOSEException e) {
            throw new GeneralSecurityException(algorithm.jwsName() + " is not available", e);
        }
    }
}
