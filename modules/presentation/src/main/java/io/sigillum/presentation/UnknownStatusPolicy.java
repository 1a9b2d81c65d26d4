package io.sigillum.presentation;

/**
 * What to do with a credential whose status cannot be established: the status list cannot be
 * fetched (and no cached copy is still within its {@code exp}), does not verify, is not signed by the
 * credential's own issuer, or does not hold the index. A status that is known is always acted on.
 */
public enum UnknownStatusPolicy {
    /** Refuse the credential ({@link FailureReason#STATUS_UNKNOWN}): the default. */
    FAIL_CLOSED,
    /** Accept the credential as if its status were VALID. */
    ACCEPT
}
