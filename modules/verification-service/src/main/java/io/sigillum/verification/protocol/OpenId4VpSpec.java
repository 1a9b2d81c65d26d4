package io.sigillum.verification.protocol;

import java.util.List;

/**
 * The names and values of OpenID for Verifiable Presentations 1.0 (and the HAIP 1.0 choices) this
 * verifier uses, in one place to hold against the specification.
 */
public final class OpenId4VpSpec {

    private OpenId4VpSpec() {
    }

    /** §5.1: the only Response Type this verifier asks for. */
    public static final String RESPONSE_TYPE_VP_TOKEN = "vp_token";
    /** §8.2. */
    public static final String DIRECT_POST = "direct_post";
    /** §8.3; the one HAIP 1.0 requires. */
    public static final String DIRECT_POST_JWT = "direct_post.jwt";

    /** §5.9.3: the base64url SHA-256 of the DER leaf certificate of the request object's x5c. */
    public static final String PREFIX_X509_HASH = "x509_hash";
    /** §5.9.3: a DNS name of the leaf certificate's subjectAltName. */
    public static final String PREFIX_X509_SAN_DNS = "x509_san_dns";
    /** §5.9.3: the redirect (response) URI, with an unsigned request. */
    public static final String PREFIX_REDIRECT_URI = "redirect_uri";

    /** RFC 9101 §4 and §10.8: the request object's media type and {@code typ}. */
    public static final String REQUEST_OBJECT_TYP = "oauth-authz-req+jwt";
    public static final String REQUEST_OBJECT_MEDIA_TYPE = "application/oauth-authz-req+jwt";
    /** §5.8: the {@code aud} of a request object when the wallet's metadata is static. */
    public static final String STATIC_AUDIENCE = "https://self-issued.me/v2";
    /** §5.10: the wallet posts to the request URI. */
    public static final String REQUEST_URI_METHOD_POST = "post";
    /** §5.10 (A.2): the custom scheme of an authorization request. */
    public static final String SCHEME = "openid4vp://";

    /** §5.1, Appendix B.3.4: the SD-JWT VC format identifier and its algorithm parameters. */
    public static final String FORMAT_SD_JWT_VC = "dc+sd-jwt";
    public static final String SD_JWT_ALG_VALUES = "sd-jwt_alg_values";
    public static final String KB_JWT_ALG_VALUES = "kb-jwt_alg_values";
    /** HAIP 1.0: ES256 for issuer-signed JWTs and key binding JWTs. */
    public static final List<String> SIGNING_ALGORITHMS = List.of("ES256");

    /**
     * §8.3: response encryption. HAIP 1.0: ECDH-ES on P-256; A128GCM (§8.3's default) and A256GCM,
     * the two content encryptions it names, both offered and accepted.
     */
    public static final String ENCRYPTION_ALG = "ECDH-ES";
    public static final List<String> ENCRYPTION_ENC_VALUES = List.of("A128GCM", "A256GCM");
    public static final String ENC_VALUES_SUPPORTED = "encrypted_response_enc_values_supported";

    /** §8.2 (and §13.3): the parameter of the redirect that carries the response code. */
    public static final String RESPONSE_CODE = "response_code";

    /** Request object and response parameter names. */
    public static final String CLIENT_ID = "client_id";
    public static final String RESPONSE_URI = "response_uri";
    public static final String REQUEST_URI = "request_uri";
    public static final String NONCE = "nonce";
    public static final String STATE = "state";
    public static final String DCQL_QUERY = "dcql_query";
    public static final String CLIENT_METADATA = "client_metadata";
    public static final String WALLET_NONCE = "wallet_nonce";
    public static final String VP_TOKEN = "vp_token";
    public static final String VP_FORMATS_SUPPORTED = "vp_formats_supported";

    /** RFC 6749 §5.2, §8.5: the error a refused response gets. */
    public static final String INVALID_REQUEST = "invalid_request";
}
