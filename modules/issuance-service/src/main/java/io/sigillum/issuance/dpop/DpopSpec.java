package io.sigillum.issuance.dpop;

/** The vocabulary of DPoP (RFC 9449), in one place to hold against the specification. */
public final class DpopSpec {

    /** §4.1: the request header carrying the proof. */
    public static final String HEADER = "DPoP";
    /** §8.1: the response header carrying a server-provided nonce. */
    public static final String NONCE_HEADER = "DPoP-Nonce";
    /** §4.2: the {@code typ} of a DPoP proof JWT. */
    public static final String TYP = "dpop+jwt";
    /** §7.1: the authentication scheme of a DPoP-bound access token. */
    public static final String SCHEME = "DPoP";

    /** Header members (§4.2). */
    public static final String TYPE = "typ";
    public static final String ALG = "alg";
    public static final String JWK = "jwk";

    /** Claims (§4.2). */
    public static final String JTI = "jti";
    public static final String HTM = "htm";
    public static final String HTU = "htu";
    public static final String IAT = "iat";
    public static final String ATH = "ath";
    public static final String NONCE = "nonce";

    /** §5, §7.1: the DPoP proof is missing or invalid. */
    public static final String INVALID_DPOP_PROOF = "invalid_dpop_proof";
    /** §8, §9: the proof must carry the nonce the server provides in {@code DPoP-Nonce}. */
    public static final String USE_DPOP_NONCE = "use_dpop_nonce";
    /** §7.1 (RFC 6750 §3.1): the access token is not bound to the proof's key. */
    public static final String INVALID_TOKEN = "invalid_token";

    private DpopSpec() {
    }
}
