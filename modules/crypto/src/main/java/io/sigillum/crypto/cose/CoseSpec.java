package io.sigillum.crypto.cose;

import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.util.Optional;

/**
 * The numbers and strings the COSE specifications assign, in one place to hold against them:
 * RFC 9052 (structures, header labels), RFC 9053 (algorithms) and RFC 9360 ({@code x5chain}).
 */
public final class CoseSpec {

    /** CBOR tag of a COSE_Sign1 message, RFC 9052 §2 (Table 1). */
    public static final long COSE_SIGN1_TAG = 18;
    /** The context string of a COSE_Sign1 Sig_structure, RFC 9052 §4.4. */
    public static final String SIGNATURE1_CONTEXT = "Signature1";

    /** Header label {@code alg}, RFC 9052 §3.1. */
    public static final long ALG = 1;
    /** Header label {@code crit}: the protected labels a recipient must understand, RFC 9052 §3.1. */
    public static final long CRIT = 2;
    /** Header label {@code content type}, RFC 9052 §3.1. */
    public static final long CONTENT_TYPE = 3;
    /** Header label {@code kid}, a byte string, RFC 9052 §3.1. */
    public static final long KID = 4;
    /** Header label {@code x5chain}: one DER certificate or an array of them, leaf first, RFC 9360 §2. */
    public static final long X5CHAIN = 33;

    /** ECDSA with SHA-256 (on P-256 here), RFC 9053 §2.1. */
    public static final long ES256 = -7;
    /** ECDSA with SHA-384 (on P-384 here), RFC 9053 §2.1. */
    public static final long ES384 = -35;
    /** ECDSA with SHA-512 (on P-521 here), RFC 9053 §2.1. */
    public static final long ES512 = -36;
    /** EdDSA (with Ed25519 here), RFC 9053 §2.2. */
    public static final long EDDSA = -8;

    private CoseSpec() {
    }

    /**
     * @return the COSE {@code alg} value of an algorithm
     * @throws IllegalArgumentException for the RSA algorithms, which this library's COSE does not use
     *                                  (mdoc and HAIP sign with EC or EdDSA keys)
     */
    public static long algorithmId(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> ES256;
            case ES384 -> ES384;
            case ES512 -> ES512;
            case EDDSA -> EDDSA;
            case RS256, RS384, RS512, PS256, PS384, PS512 ->
                    throw new IllegalArgumentException(algorithm.jwsName() + " is not used with COSE here");
        };
    }

    /**
     * @param id a COSE {@code alg} value
     * @return the algorithm, or empty for every other value (MACs, RSA, reserved, unknown)
     */
    public static Optional<SignatureAlgorithm> algorithm(long id) {
        for (SignatureAlgorithm candidate : SignatureAlgorithm.values()) {
            if (!candidate.rsa() && algorithmId(candidate) == id) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
