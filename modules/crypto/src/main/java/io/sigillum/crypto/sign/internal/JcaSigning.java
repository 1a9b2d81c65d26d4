package io.sigillum.crypto.sign.internal;

import com.nimbusds.jose.JOSEException;
import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** One JCA signature in JOSE form, the same for every signer whatever holds its key. */
public final class JcaSigning {

    /** The JCA name of ECDSA over a precomputed hash: it signs its input as the hash (SEC 1 §4.1.3 step 5). */
    public static final String RAW_ECDSA = "NONEwithECDSA";

    private JcaSigning() {
    }

    /**
     * @param signature a fresh {@link Signature} of the algorithm (or {@link #RAW_ECDSA} for a digest)
     * @return the signature of the input, converted to JOSE form
     */
    public static byte[] sign(Signature signature, PrivateKey key, SignatureAlgorithm algorithm, byte[] input)
            throws GeneralSecurityException, JOSEException {
        signature.initSign(key);
        signature.update(input);
        return JoseSignatures.fromJca(algorithm, signature.sign());
    }

    /** @throws IllegalArgumentException when the algorithm signs no digests, or this one has the wrong length */
    public static void checkDigest(SignatureAlgorithm algorithm, byte[] digest) {
        int expected = DigestSigner.digestLength(algorithm);
        if (expected == 0) {
            throw new IllegalArgumentException(algorithm.jwsName() + " signs whole messages, not digests");
        }
        if (digest.length != expected) {
            throw new IllegalArgumentException("a " + algorithm.jwsName() + " digest has " + expected
                    + " bytes, not " + digest.length);
        }
    }
}
