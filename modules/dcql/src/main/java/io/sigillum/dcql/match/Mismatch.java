package io.sigillum.dcql.match;

import java.util.Objects;

/**
 * Why a credential does not satisfy a Credential Query, or a response not the query. The detail
 * names ids, formats, types and paths; never a claim value.
 *
 * @param kind   which rule
 * @param detail what, where, and the section
 */
public record Mismatch(Kind kind, String detail) {

    /** Which rule was not met. */
    public enum Kind {
        /** The credential's format is not the query's {@code format} (§6.1). */
        FORMAT,
        /** The {@code vct}, doctype or types are not among those {@code meta} accepts (Appendix B.3.5, B.2.3, B.1.1). */
        CREDENTIAL_TYPE,
        /** {@code meta} of a format this module does not evaluate holds constraints (§6.1). */
        META_NOT_EVALUATED,
        /** Cryptographic Holder Binding is required but absent (§6.1). */
        HOLDER_BINDING,
        /** A claims path pointer selects nothing, or meets something that is not an object or array (§7.1.1, §7.2.1). */
        CLAIM_MISSING,
        /** The claim exists but no selected value is among the query's {@code values} (§6.3, §6.4.1). */
        CLAIM_VALUE,
        /** No claim set of {@code claim_sets} can be satisfied (§6.4.1). */
        NO_CLAIM_SET,
        /** Nothing was presented for the Credential Query. */
        NOT_PRESENTED,
        /** More than one presentation for a Credential Query without {@code multiple} (§8.1). */
        TOO_MANY_PRESENTATIONS,
        /** A presentation keyed by an id no Credential Query has (§8.1). */
        UNKNOWN_CREDENTIAL_QUERY,
        /** A required Credential Set Query has no option whose Credential Queries are all satisfied (§6.4.2). */
        CREDENTIAL_SET_NOT_SATISFIED,
        /** Credentials were presented for a Credential Query but do not match it (§6.4.2: they MUST NOT be returned). */
        PRESENTATION_NOT_MATCHING
    }

    /** Checks that nothing is null. */
    public Mismatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
