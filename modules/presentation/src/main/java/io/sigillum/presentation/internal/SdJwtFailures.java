package io.sigillum.presentation.internal;

import io.sigillum.presentation.FailureReason;
import io.sigillum.sdjwt.SdJwtException;

/** How the SD-JWT library's refusals read to a relying party. */
final class SdJwtFailures {

    private SdJwtFailures() {
    }

    /** Exhaustive on purpose: a new reason in the SD-JWT library must be placed here before it builds. */
    static FailureReason reason(SdJwtException.Reason reason) {
        return switch (reason) {
            case MALFORMED_SERIALIZATION, MALFORMED_JWT, MALFORMED_PAYLOAD, UNSUPPORTED_HEADER,
                 VC_TYPE_MISSING, VC_ISSUER_MISSING, VC_MALFORMED_CLAIM -> FailureReason.MALFORMED;
            case VC_WRONG_TYPE -> FailureReason.UNSUPPORTED_FORMAT;
            case MALFORMED_DISCLOSURE, FORBIDDEN_CLAIM_NAME, DUPLICATE_DISCLOSURE, DUPLICATE_DIGEST, UNREFERENCED_DISCLOSURE,
                 CLAIM_NAME_CONFLICT, WRONG_DISCLOSURE_KIND, UNSUPPORTED_HASH_ALGORITHM,
                 VC_FORBIDDEN_DISCLOSURE -> FailureReason.DISCLOSURE_INVALID;
            case ALGORITHM_NOT_ALLOWED -> FailureReason.ALGORITHM_NOT_ALLOWED;
            case BAD_SIGNATURE -> FailureReason.SIGNATURE_INVALID;
            case KEY_BINDING_MISSING, KEY_BINDING_KEY_MISSING -> FailureReason.KEY_BINDING_MISSING;
            case KEY_BINDING_MALFORMED, KEY_BINDING_WRONG_TYPE, KEY_BINDING_BAD_SIGNATURE,
                 KEY_BINDING_WRONG_SD_HASH -> FailureReason.KEY_BINDING_INVALID;
            case KEY_BINDING_WRONG_AUDIENCE -> FailureReason.AUDIENCE_MISMATCH;
            case KEY_BINDING_WRONG_NONCE -> FailureReason.NONCE_MISMATCH;
            case KEY_BINDING_IAT_OUT_OF_WINDOW -> FailureReason.KEY_BINDING_STALE;
            case VC_EXPIRED -> FailureReason.EXPIRED;
            case VC_NOT_YET_VALID -> FailureReason.NOT_YET_VALID;
        };
    }
}
