package io.sigillum.sdjwt;

/**
 * The names RFC 9901 assigns, in one place to hold against the RFC. Section numbers are the RFC's.
 */
public final class SdJwtSpec {

    /** The specification this library follows. */
    public static final String RFC = "RFC 9901";

    /** The member holding the digests of an object's selectively disclosable properties, §4.2.4.1. */
    public static final String SD = "_sd";
    /** The key of the single-member object that stands for a disclosable array element, §4.2.4.2. */
    public static final String ARRAY_ELEMENT_DIGEST = "...";
    /** The top-level claim naming the hash algorithm of the digests, §4.1.1. */
    public static final String SD_ALG = "_sd_alg";
    /** The separator of the compact serialisation, §4. */
    public static final char SEPARATOR = '~';

    /** The {@code typ} header of a Key Binding JWT, §4.3. */
    public static final String KB_JWT_TYPE = "kb+jwt";
    /** Key Binding JWT claim: issued at, §4.3. */
    public static final String IAT = "iat";
    /** Key Binding JWT claim: the intended receiver, §4.3. */
    public static final String AUD = "aud";
    /** Key Binding JWT claim: the verifier's nonce, §4.3. */
    public static final String NONCE = "nonce";
    /** Key Binding JWT claim: the digest of the presented SD-JWT, §4.3.1. */
    public static final String SD_HASH = "sd_hash";
    /** Confirmation claim (RFC 7800) carrying the holder's key, §4.1.2. */
    public static final String CNF = "cnf";
    /** The member of {@code cnf} holding the holder's public key as a JWK (RFC 7800 §3.2). */
    public static final String JWK = "jwk";

    /** Salts carry at least 128 bits of entropy, §4.2.1 and §9.3. */
    public static final int SALT_BYTES = 16;

    private SdJwtSpec() {
    }
}
