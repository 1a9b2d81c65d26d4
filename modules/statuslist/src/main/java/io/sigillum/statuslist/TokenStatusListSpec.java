package io.sigillum.statuslist;

import java.util.Set;

/**
 * The names, numbers and media types draft-ietf-oauth-status-list-20 assigns, in one place to hold
 * against the draft. Section numbers are the draft's.
 */
public final class TokenStatusListSpec {

    /** The revision this library follows; -21 changed only the rendering of examples. */
    public static final String DRAFT = "draft-ietf-oauth-status-list-20";

    /** The number of bits per entry a Status List may use, §4.1 step 1. */
    public static final Set<Integer> ALLOWED_BITS = Set.of(1, 2, 4, 8);

    /** JWT {@code typ} header of a Status List Token, §5.1. */
    public static final String JWT_TYPE = "statuslist+jwt";
    /** Media type of a Status List Token in JWT form, §8.1 and §14.7. */
    public static final String JWT_MEDIA_TYPE = "application/statuslist+jwt";
    /** Media type of a Status List Token in CWT form, also its COSE {@code typ} value, §5.2 and §14.7. */
    public static final String CWT_MEDIA_TYPE = "application/statuslist+cwt";

    /** COSE header label {@code typ} (RFC 9596), required in the protected bucket of the CWT, §5.2. */
    public static final long COSE_TYP = 16;
    /** CBOR tag of COSE_Sign1_Tagged: the CWT must carry it, and must not carry the CWT tag 61, §5.2. */
    public static final long COSE_SIGN1_TAG = 18;

    /** CWT claim key {@code iss} (RFC 8392). */
    public static final long CWT_ISS = 1;
    /** CWT claim key {@code sub}: the Status List Token's URI, §5.2. */
    public static final long CWT_SUB = 2;
    /** CWT claim key {@code exp}, §5.2. */
    public static final long CWT_EXP = 4;
    /** CWT claim key {@code nbf} (RFC 8392). */
    public static final long CWT_NBF = 5;
    /** CWT claim key {@code iat}, §5.2. */
    public static final long CWT_IAT = 6;
    /** CWT claim key {@code status_list} of a Status List Token, §5.2 and §14.3. */
    public static final long CWT_STATUS_LIST = 65533;
    /** CWT claim key {@code ttl} of a Status List Token, §5.2 and §14.3. */
    public static final long CWT_TTL = 65534;
    /** CWT claim key {@code status} of a referenced token, §6.3 and §14.3. */
    public static final long CWT_STATUS = 65535;

    /** JWT claim {@code status} of a referenced token, §6.2. */
    public static final String STATUS = "status";
    /** Member of {@code status} naming this mechanism, and JWT claim of the Status List Token, §5.1 and §6.2. */
    public static final String STATUS_LIST = "status_list";
    /** JWT claim {@code ttl}: seconds the token may be cached, §5.1. */
    public static final String TTL = "ttl";
    /** Member of the Status List structure: bits per entry, §4.2 and §4.3. */
    public static final String BITS = "bits";
    /** Member of the Status List structure: the compressed byte array, §4.2 and §4.3. */
    public static final String LST = "lst";
    /** Optional member of the Status List structure: where the Status List Aggregation is, §4.2 and §9. */
    public static final String AGGREGATION_URI = "aggregation_uri";
    /** Member of a referenced token's {@code status_list}: the index in the list, §6.2 and §6.3. */
    public static final String IDX = "idx";
    /** Member of a referenced token's {@code status_list}: the Status List Token's URI, §6.2 and §6.3. */
    public static final String URI = "uri";

    private TokenStatusListSpec() {
    }
}
