package io.sigillum.wallet.dpop;

/** The names RFC 9449 (DPoP) gives things. */
public final class DpopSpec {

    /** The {@code typ} of a DPoP proof (§4.2). */
    public static final String PROOF_TYPE = "dpop+jwt";
    /** The request header carrying the proof (§4.1). */
    public static final String HEADER = "DPoP";
    /** The response header carrying a server nonce (§8.1, §9). */
    public static final String NONCE_HEADER = "DPoP-Nonce";
    /** The error asking for a proof with a server nonce (§8, §9). */
    public static final String USE_DPOP_NONCE = "use_dpop_nonce";
    /** The {@code token_type} of a DPoP-bound access token (§5), and the authorization scheme (§7.1). */
    public static final String TOKEN_TYPE = "DPoP";
    /** The only proof algorithm this wallet signs with. */
    public static final String ALGORITHM = "ES256";

    private DpopSpec() {
    }
}
