package io.sigillum.dcql;

import java.io.Serial;
import java.util.Objects;

/**
 * A DCQL query was refused; {@link #reason()} says which rule was broken, and the message says where
 * in the query (e.g. {@code credentials[1].claims[0].path[2]}) and cites the section of
 * OpenID4VP 1.0. Messages quote ids and member names of the query, never claim values of a
 * credential.
 */
public final class DcqlException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a query was refused. */
    public enum Reason {
        /** Not one well-formed JSON value, a member name twice in one object, or trailing content. */
        MALFORMED_JSON,
        /** A member the specification makes REQUIRED is absent (§6, §6.1, §6.1.1, §6.2, §6.3, Appendix B). */
        MISSING_MEMBER,
        /** A member or element has the wrong JSON type, e.g. {@code "multiple": "true"} or a query that is not an object. */
        WRONG_TYPE,
        /** An array the specification requires to be non-empty is empty, e.g. {@code "claims": []}. */
        EMPTY_ARRAY,
        /** An id is empty or holds a character other than ASCII alphanumerics, {@code _} and {@code -} (§6.1, §6.3). */
        INVALID_ID,
        /** Two Credential Queries have the same id (§6.1). */
        DUPLICATE_CREDENTIAL_ID,
        /** Two Claims Queries of one Credential Query have the same id (§6.3). */
        DUPLICATE_CLAIM_ID,
        /** Two Claims Queries of one Credential Query point to the same claim (§6.1: Verifiers MUST NOT). */
        DUPLICATE_CLAIM_PATH,
        /** {@code claim_sets} without {@code claims} (§6.4.1). */
        CLAIM_SETS_WITHOUT_CLAIMS,
        /** {@code claim_sets} is present but a Claims Query has no id (§6.3). */
        CLAIM_ID_MISSING,
        /** {@code claim_sets} names a claim id that no Claims Query of the same Credential Query has (§6.1). */
        UNKNOWN_CLAIM_ID,
        /** An option of {@code credential_sets} names a Credential Query id that {@code credentials} lacks (§6.2). */
        UNKNOWN_CREDENTIAL_ID,
        /** A claims path pointer that is not a non-empty array of strings, nulls and non-negative integers (§7). */
        INVALID_PATH,
        /** A claims path pointer of an {@code mso_mdoc} query that is not exactly two strings (§7.2.1). */
        INVALID_MDOC_PATH,
        /** {@code values} holds something other than strings, integers and booleans (§6.3). */
        INVALID_VALUES,
        /** A format's {@code meta} breaks its rule: {@code vct_values}, {@code doctype_value}, {@code type_values} (Appendix B). */
        INVALID_META
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message where, and which rule, citing the section
     */
    public DcqlException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the query was refused */
    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "DcqlException[" + reason + "]: " + getMessage();
    }
}
