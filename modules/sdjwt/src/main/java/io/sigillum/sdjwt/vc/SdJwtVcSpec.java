package io.sigillum.sdjwt.vc;

import java.util.Set;

/** Names and values of the SD-JWT VC profile (draft-ietf-oauth-sd-jwt-vc). */
public final class SdJwtVcSpec {

    /** The specification, for messages. */
    public static final String DRAFT = "draft-ietf-oauth-sd-jwt-vc";
    /** The {@code typ} of an SD-JWT VC's Issuer-signed JWT (media type {@code application/dc+sd-jwt}). */
    public static final String TYPE = "dc+sd-jwt";
    /**
     * The {@code typ} the draft used until November 2024; it recommends that holders and verifiers
     * still accept it for a transitional period.
     */
    public static final String LEGACY_TYPE = "vc+sd-jwt";
    /** The credential type claim. */
    public static final String VCT = "vct";
    /** The integrity (W3C SRI "integrity metadata") of the Type Metadata document of {@code vct}. */
    public static final String VCT_INTEGRITY = "vct#integrity";
    /** Issuer. */
    public static final String ISS = "iss";
    /** Issued at. */
    public static final String IAT = "iat";
    /** Not before. */
    public static final String NBF = "nbf";
    /** Expiry. */
    public static final String EXP = "exp";
    /** Subject; may be selectively disclosable. */
    public static final String SUB = "sub";
    /** Confirmation (RFC 7800): the holder key for Key Binding. */
    public static final String CNF = "cnf";
    /** The status claim of Token Status List. */
    public static final String STATUS = "status";

    /**
     * The registered claims that, by the draft, MUST NOT be included in Disclosures. {@code sub}
     * and {@code iat} are not among them: they MAY be selectively disclosable.
     */
    public static final Set<String> NEVER_DISCLOSABLE = Set.of(ISS, NBF, EXP, CNF, VCT, VCT_INTEGRITY, STATUS);

    /**
     * The claims {@link SdJwtVcIssuer} sets from a {@link CredentialContent}'s own fields, so the
     * free-form claims may not carry them.
     */
    static final Set<String> SET_BY_ISSUER = Set.of(ISS, IAT, NBF, EXP, CNF, VCT, VCT_INTEGRITY, STATUS);

    private SdJwtVcSpec() {
    }
}
