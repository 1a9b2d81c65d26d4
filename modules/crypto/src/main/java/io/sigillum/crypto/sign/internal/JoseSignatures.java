package io.sigillum.crypto.sign.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.ECDSA;
import io.sigillum.crypto.sign.SignatureAlgorithm;

/**
 * Converts between the JCA's signature encoding (DER for ECDSA) and JOSE's (fixed-size R‖S,
 * RFC 7518 §3.4), with Nimbus's transcoder.
 */
public final class JoseSignatures {

    private JoseSignatures() {
    }

    /** @return the JOSE form of a signature the JCA produced */
    public static byte[] fromJca(SignatureAlgorithm algorithm, byte[] jcaSignature) throws JOSEException {
        if (algorithm == SignatureAlgorithm.EDDSA || algorithm.rsa()) {
            return jcaSignature;
        }
        return ECDSA.transcodeSignatureToConcat(jcaSignature, algorithm.signatureLength());
    }

    /**
     * @return the JCA form of a JOSE signature; an RSA signature is the same in both (RFC 7518
     *         §3.3), and its length, which depends on the key, is the verifier's to check
     * @throws JOSEException when it has the wrong length or, for ECDSA, R or S is zero or not
     *                       below the group order (the "psychic signature" check, CVE-2022-21449)
     */
    public static byte[] toJca(SignatureAlgorithm algorithm, byte[] joseSignature) throws JOSEException {
        if (algorithm.rsa()) {
            return joseSignature;
        }
        if (joseSignature.length != algorithm.signatureLength()) {
            throw new JOSEException("a " + algorithm.jwsName() + " signature has "
                    + algorithm.signatureLength() + " bytes, not " + joseSignature.length);
        }
        if (algorithm == SignatureAlgorithm.EDDSA) {
            return joseSignature;
        }
        ECDSA.ensureLegalSignature(joseSignature, algorithm.toNimbus());
        return ECDSA.transcodeSignatureToDER(joseSignature);
    }
}
