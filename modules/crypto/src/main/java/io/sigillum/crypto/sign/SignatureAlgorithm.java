package io.sigillum.crypto.sign;

import com.nimbusds.jose.JWSAlgorithm;

import java.util.Optional;

/**
 * The asymmetric JWS algorithms Sigillum signs and verifies with (RFC 7518 §3.3–§3.5, RFC 8037 §3.1).
 * There is deliberately no {@code none} and no HMAC: what is not listed here is refused.
 *
 * <p>The RSA algorithms ({@code RS*}, {@code PS*}) are for verification only: Sigillum's own keys
 * are EC or Ed25519, but identity providers sign access tokens with RSA. An RSA key does not
 * imply one algorithm, so its verifier is made with the algorithm named
 * ({@link Verifier#of(java.security.PublicKey, SignatureAlgorithm)}).
 */
public enum SignatureAlgorithm {

    /** ECDSA with P-256 and SHA-256: the one HAIP requires. */
    ES256("ES256", "SHA256withECDSA", 64),
    /** ECDSA with P-384 and SHA-384. */
    ES384("ES384", "SHA384withECDSA", 96),
    /** ECDSA with P-521 and SHA-512. */
    ES512("ES512", "SHA512withECDSA", 132),
    /** EdDSA; this library supports it with Ed25519 keys only. */
    EDDSA("EdDSA", "Ed25519", 64),
    /** RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3); verification only. */
    RS256("RS256", "SHA256withRSA", 0),
    /** RSASSA-PKCS1-v1_5 with SHA-384 (RFC 7518 §3.3); verification only. */
    RS384("RS384", "SHA384withRSA", 0),
    /** RSASSA-PKCS1-v1_5 with SHA-512 (RFC 7518 §3.3); verification only. */
    RS512("RS512", "SHA512withRSA", 0),
    /** RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt (RFC 7518 §3.5); verification only. */
    PS256("PS256", "RSASSA-PSS", 0),
    /** RSASSA-PSS with SHA-384, MGF1 with SHA-384 and a 48-byte salt (RFC 7518 §3.5); verification only. */
    PS384("PS384", "RSASSA-PSS", 0),
    /** RSASSA-PSS with SHA-512, MGF1 with SHA-512 and a 64-byte salt (RFC 7518 §3.5); verification only. */
    PS512("PS512", "RSASSA-PSS", 0);

    /** RFC 7518 §3.3 and §3.5: "A key of size 2048 bits or larger MUST be used with these algorithms." */
    public static final int MIN_RSA_KEY_BITS = 2048;

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

    /** @return whether this is one of the RSA algorithms, which Sigillum verifies but never signs with */
    public boolean rsa() {
        return signatureLength == 0;
    }

    /**
     * @return the JCA {@link java.security.Signature} algorithm name; the {@code PS*} algorithms
     *         also need their PSS parameters, which the verifier sets
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * @return the length in bytes of a JOSE-format signature (R‖S for ECDSA), or 0 for RSA, whose
     *         signature is as long as the key's modulus (RFC 8017 §8.1.2, §8.2.2)
     */
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
