package io.sigillum.wallet.vp.request;

import java.util.List;

/** The names of OpenID for Verifiable Presentations 1.0 (and RFC 9101) this wallet uses, in one place. */
public final class Oid4vpSpec {

    /** The media type and {@code typ} of a Request Object (RFC 9101 §10.2, OID4VP 1.0 §5). */
    public static final String REQUEST_OBJECT_TYPE = "oauth-authz-req+jwt";
    /** The media type of a Request Object answer (§5.10.1). */
    public static final String REQUEST_OBJECT_MEDIA_TYPE = "application/oauth-authz-req+jwt";

    /** Authorization Request parameters (§5, RFC 6749, RFC 9101). */
    public static final String CLIENT_ID = "client_id";
    public static final String REQUEST_URI = "request_uri";
    public static final String REQUEST_URI_METHOD = "request_uri_method";
    public static final String REQUEST = "request";
    public static final String RESPONSE_TYPE = "response_type";
    public static final String RESPONSE_MODE = "response_mode";
    public static final String RESPONSE_URI = "response_uri";
    public static final String REDIRECT_URI = "redirect_uri";
    public static final String NONCE = "nonce";
    public static final String STATE = "state";
    public static final String DCQL_QUERY = "dcql_query";
    public static final String SCOPE = "scope";
    public static final String CLIENT_METADATA = "client_metadata";
    public static final String TRANSACTION_DATA = "transaction_data";
    public static final String WALLET_NONCE = "wallet_nonce";
    public static final String WALLET_METADATA = "wallet_metadata";
    public static final String EXP = "exp";
    public static final String NBF = "nbf";

    /** {@code request_uri_method} values (§5.1). */
    public static final String METHOD_GET = "get";
    public static final String METHOD_POST = "post";

    /** The only Response Type this wallet answers (§5.6). */
    public static final String VP_TOKEN = "vp_token";
    /** Response Modes (§8.2, §8.3.1). */
    public static final String DIRECT_POST = "direct_post";
    public static final String DIRECT_POST_JWT = "direct_post.jwt";
    /** Response parameters (§8.1, §8.3.1, RFC 6749 §4.1.2.1). */
    public static final String RESPONSE = "response";
    public static final String ERROR = "error";
    public static final String ERROR_DESCRIPTION = "error_description";
    /** §8.5: the Wallet did not have the requested Credentials, or the End-User declined. */
    public static final String ACCESS_DENIED = "access_denied";

    /** Client Identifier Prefixes (§5.9.3), with their colon. */
    public static final String PREFIX_X509_HASH = "x509_hash:";
    public static final String PREFIX_X509_SAN_DNS = "x509_san_dns:";
    public static final String PREFIX_REDIRECT_URI = "redirect_uri:";

    /** Client metadata members (§5.1). */
    public static final String JWKS = "jwks";
    public static final String ENC_VALUES = "encrypted_response_enc_values_supported";
    /** §8.3: the content encryption when the Verifier names none. */
    public static final String DEFAULT_ENC = "A128GCM";
    /**
     * The content encryptions this wallet makes, in its order of preference: HAIP 1.0 §5 has Wallets
     * that support both A128GCM and A256GCM use A256GCM.
     */
    public static final List<String> SUPPORTED_ENC = List.of("A256GCM", "A128GCM", "A192GCM", "A256CBC-HS512", "A128CBC-HS256");
    /** The key agreement this wallet makes (RFC 7518 §4.6, HAIP 1.0). */
    public static final String ECDH_ES = "ECDH-ES";

    /** The SD-JWT VC Credential Format Identifier (Appendix B.3). */
    public static final String FORMAT_SD_JWT_VC = "dc+sd-jwt";

    private Oid4vpSpec() {
    }
}
