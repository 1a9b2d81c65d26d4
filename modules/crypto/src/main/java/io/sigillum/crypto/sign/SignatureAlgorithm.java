package io.sigillum.crypto.sign;

import com.nimbusds.jose.JWSAlgorithm;

import java.util.Optional;

/**
 * The asymmetric JWS algorithms Sigillum signs and verifies with (RFC 7518 §3.4, RFC 8037 §3.1).
 * There is deliberately no {@code none} and no HMAC: what is not listed here is refused.
 */
public enum SignatureAlgorithm {

    /** ECDSA with P-256 and SHA-256: the one HAIP requires. */
    ES256("ES256", "SHA256withECDSA", 64),
    /** ECDSA with P-384 and SHA-384. */
    ES384("ES384", "SHA384withECDSA", 96),
    /** ECDSA with P-521 and SHA-512. */
    ES512("ES512", "SHA512withECDSA", 132),
    /** EdDSA; this library supports it with Ed25519 keys only. */
    EDDSA("EdDSA", "Ed25519", 64);

    private final String jwsName;
    private final String jcaName;
    private final int signatureLength;

    SignatureAlgorithm(String jwsName, String jcaName, int signatureLength) {
        this.jwsName = jwsName;
        this.jcaName = jcaName;
        this.signatureLength = signatureLength;
    }

    /** @return the {@code alg} header value, e.g. {@code ES256} */
    public String jwsName() {
        return jwsName;
    }

    /** @return the JCA {@link java.security.Signature} algorithm name */
    public String jcaName() {
        return jcaName;
    }

    /** @return the length in bytes of a JOSE-format signature (R‖S for ECDSA) */
    public int signatureLength() {
        return signatureLength;
    }

    /** @return Nimbus's constant for this algorithm */
    public JWSAlgorithm toNimbus() {
        return JWSAlgorithm.parse(jwsName);
    }

    /**
     * @param alg an {@code alg} header value, compared exactly (it is case-sensitive)
     * @return the algorithm, or empty for anything this library does not sign with
     */
    public static Optional<SignatureAlgorithm> fromJwsName(String alg) {
        for (SignatureAlgorithm candidate : values()) {
            if (candidate.jwsName.equals(alg)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
