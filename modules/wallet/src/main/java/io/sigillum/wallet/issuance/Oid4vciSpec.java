package io.sigillum.wallet.issuance;

/** The names OpenID for Verifiable Credential Issuance 1.0 gives things, in one place to hold against the text. */
public final class Oid4vciSpec {

    /** The grant type of the Pre-Authorized Code Flow (§4.1.1, §6.1). */
    public static final String PRE_AUTHORIZED_CODE_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    /** {@code tx_code} input mode: digits only (§4.1.1), the default. */
    public static final String TX_CODE_NUMERIC = "numeric";
    /** {@code tx_code} input mode: any characters (§4.1.1). */
    public static final String TX_CODE_TEXT = "text";
    /** The well-known suffix of Credential Issuer Metadata (§12.2.2). */
    public static final String ISSUER_WELL_KNOWN = "openid-credential-issuer";
    /** The well-known suffix of Authorization Server Metadata (RFC 8414 §3). */
    public static final String AS_WELL_KNOWN = "oauth-authorization-server";
    /** The SD-JWT VC Credential Format Identifier (Appendix A.3.1). */
    public static final String FORMAT_SD_JWT_VC = "dc+sd-jwt";
    /** The {@code jwt} proof type (Appendix F.1). */
    public static final String PROOF_TYPE_JWT = "jwt";
    /** The {@code typ} of a JWT key proof (Appendix F.1). */
    public static final String PROOF_JWT_TYPE = "openid4vci-proof+jwt";
    /** Credential Request error: the proofs use an invalid {@code c_nonce} (§8.3.1.2). */
    public static final String INVALID_NONCE = "invalid_nonce";
    /** Deferred error of earlier drafts: the credential is not ready yet (drafts 13 to 15, §9.3). */
    public static final String ISSUANCE_PENDING = "issuance_pending";
    /** Notification event: the credentials were stored (§11.1). */
    public static final String CREDENTIAL_ACCEPTED = "credential_accepted";
    /** Notification event: issuance failed for another reason than the user (§11.1). */
    public static final String CREDENTIAL_FAILURE = "credential_failure";

    private Oid4vciSpec() {
    }
}
