package io.sigillum.issuance.proof;

/**
 * The vocabulary of OID4VCI 1.0 key proofs, in one place to hold against the specification:
 * the {@code jwt} proof type (Appendix F.1), its verification (Appendix F.4) and the Credential
 * Endpoint's error codes for proofs (§8.3.1.2).
 */
public final class KeyProofSpec {

    /** The proof type this package verifies (Appendix F). */
    public static final String PROOF_TYPE_JWT = "jwt";
    /** The {@code typ} a key proof JWT must carry (Appendix F.1). */
    public static final String TYP = "openid4vci-proof+jwt";

    /** Header members (Appendix F.1). */
    public static final String ALG = "alg";
    public static final String TYPE = "typ";
    public static final String JWK = "jwk";
    public static final String KID = "kid";
    public static final String X5C = "x5c";
    public static final String KEY_ATTESTATION = "key_attestation";
    public static final String TRUST_CHAIN = "trust_chain";

    /** Claims (Appendix F.1). */
    public static final String ISS = "iss";
    public static final String AUD = "aud";
    public static final String IAT = "iat";
    public static final String NONCE = "nonce";

    /** §8.3.1.2: a key proof is invalid, or not linked to a required {@code c_nonce}. */
    public static final String INVALID_PROOF = "invalid_proof";
    /** §8.3.1.2: a key proof is linked to a {@code c_nonce} that is not valid (any more). */
    public static final String INVALID_NONCE = "invalid_nonce";

    private KeyProofSpec() {
    }
}
