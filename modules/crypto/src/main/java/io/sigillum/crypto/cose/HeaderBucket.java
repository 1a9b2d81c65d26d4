package io.sigillum.crypto.cose;

/** Where a header parameter goes (RFC 9052 §3): signed with the content, or not. */
public enum HeaderBucket {
    /** The protected bucket: encoded into a byte string the signature covers. */
    PROTECTED,
    /** The unprotected bucket: a plain map the signature does not cover. */
    UNPROTECTED
}
