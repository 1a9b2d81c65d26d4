package io.sigillum.dcql;

/**
 * Names and values of DCQL in OpenID for Verifiable Presentations 1.0, in one place so a reviewer can
 * hold them against the text. Section numbers are the specification's.
 */
public final class DcqlSpec {

    /** The specification, for messages. */
    public static final String SPEC = "OpenID4VP 1.0";

    /** §6: the Credential Queries. */
    public static final String CREDENTIALS = "credentials";
    /** §6: the Credential Set Queries. */
    public static final String CREDENTIAL_SETS = "credential_sets";

    /** §6.1 and §6.3: identifier of a Credential Query or a Claims Query. */
    public static final String ID = "id";
    /** §6.1: the Credential Format Identifier. */
    public static final String FORMAT = "format";
    /** §6.1: whether more than one Credential may answer the query; default false. */
    public static final String MULTIPLE = "multiple";
    /** §6.1: format-specific constraints on the Credential's metadata; required, may be empty. */
    public static final String META = "meta";
    /** §6.1: the authorities or trust frameworks the Verifier accepts. */
    public static final String TRUSTED_AUTHORITIES = "trusted_authorities";
    /** §6.1: whether a proof of Cryptographic Holder Binding is required; default true. */
    public static final String REQUIRE_CRYPTOGRAPHIC_HOLDER_BINDING = "require_cryptographic_holder_binding";
    /** §6.1: the Claims Queries. */
    public static final String CLAIMS = "claims";
    /** §6.1: alternative combinations of claim ids, most preferred first. */
    public static final String CLAIM_SETS = "claim_sets";

    /** §6.1.1: type of a Trusted Authorities Query. */
    public static final String TYPE = "type";
    /** §6.1.1 and §6.3: the values of a Trusted Authorities Query, or the expected values of a claim. */
    public static final String VALUES = "values";
    /** §6.1.1: Authority Key Identifier. */
    public static final String AUTHORITY_AKI = "aki";
    /** §6.1.1: ETSI Trusted List. */
    public static final String AUTHORITY_ETSI_TL = "etsi_tl";
    /** §6.1.1: OpenID Federation. */
    public static final String AUTHORITY_OPENID_FEDERATION = "openid_federation";

    /** §6.2: the alternative sets of Credential Query ids. */
    public static final String OPTIONS = "options";
    /** §6.2: whether a Credential Set Query must be satisfied; default true. */
    public static final String REQUIRED = "required";

    /** §6.3: the claims path pointer of a Claims Query. */
    public static final String PATH = "path";

    /** Appendix B.3.1: IETF SD-JWT VC. */
    public static final String FORMAT_SD_JWT_VC = "dc+sd-jwt";
    /** Appendix B.2: ISO mdoc. */
    public static final String FORMAT_MSO_MDOC = "mso_mdoc";
    /** Appendix B.1.3.1: W3C VC signed as a JWT, not using JSON-LD. */
    public static final String FORMAT_JWT_VC_JSON = "jwt_vc_json";
    /** Appendix B.1.3.2: W3C VC secured with Data Integrity, using JSON-LD. */
    public static final String FORMAT_LDP_VC = "ldp_vc";

    /** Appendix B.3.5: the accepted {@code vct} values of an SD-JWT VC. */
    public static final String VCT_VALUES = "vct_values";
    /** Appendix B.2.3: the accepted doctype of an mdoc. */
    public static final String DOCTYPE_VALUE = "doctype_value";
    /** Appendix B.2.4: the mdoc {@code IntentToRetain} of a Claims Query. */
    public static final String INTENT_TO_RETAIN = "intent_to_retain";
    /** Appendix B.1.1: the accepted sets of fully expanded W3C VC types. */
    public static final String TYPE_VALUES = "type_values";

    /** §6.1, §6.3: what an id may consist of (a non-empty string of ASCII alphanumerics, {@code _}, {@code -}). */
    public static final String ID_PATTERN = "[A-Za-z0-9_-]+";

    private DcqlSpec() {
    }
}
