package io.sigillum.trust.evaluation.internal;

import io.sigillum.crypto.x509.PathValidation;
import io.sigillum.trust.evaluation.Evaluation.Reason;

/** PKIX's reasons, as the evaluation reports them. */
final class PathOutcomes {

    private PathOutcomes() {
    }

    static Refusal refusal(PathValidation.Invalid invalid) {
        Reason reason = switch (invalid.reason()) {
            case EXPIRED -> Reason.EXPIRED;
            case NOT_YET_VALID -> Reason.NOT_YET_VALID;
            case UNKNOWN_ANCHOR -> Reason.UNKNOWN_ANCHOR;
            case EMPTY_CHAIN -> Reason.MALFORMED;
            case BAD_SIGNATURE, KEY_USAGE, EXTENDED_KEY_USAGE, INVALID -> Reason.CHAIN_INVALID;
        };
        return Refusal.of(reason, "PKIX: " + invalid.detail());
    }
}
