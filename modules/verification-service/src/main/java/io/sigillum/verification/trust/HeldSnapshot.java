package io.sigillum.verification.trust;

import io.sigillum.trust.evaluation.TrustEvaluator;

import java.time.Instant;

/**
 * The snapshot this replica holds.
 *
 * @param evaluator   the evaluator over it
 * @param etag        its strong ETag, for the next conditional request
 * @param confirmedAt when the registry last served or confirmed (304) it
 */
record HeldSnapshot(TrustEvaluator evaluator, String etag, Instant confirmedAt) {

    long version() {
        return evaluator.snapshot().version();
    }
}
