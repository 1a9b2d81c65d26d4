package io.sigillum.presentation.internal;

import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;

import java.time.Duration;
import java.time.Instant;

/**
 * One trust evaluation remembered: a PKIX validation costs far more than the signature checks of
 * a presentation, and the same issuer chain comes with every credential of that issuer. It stands
 * for the same evaluator (a new trust snapshot means a new evaluator, so a change of trust is seen
 * at once) and for {@link #LIFETIME} from the time it was made, so certificate and authorization
 * windows that close are seen within that time.
 *
 * @param evaluator  the evaluator that answered
 * @param at         the time it answered for
 * @param evaluation its answer
 */
public record TrustMemo(TrustEvaluator evaluator, Instant at, Evaluation evaluation) {

    /** How long an evaluation stands for the same evaluator. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    /** @return whether this answer stands for {@code evaluator} at {@code now} */
    public boolean standsFor(TrustEvaluator evaluator, Instant now) {
        // Identity, not equality: evaluators are immutable, one per snapshot.
        return this.evaluator == evaluator && !now.isBefore(at) && now.isBefore(at.plus(LIFETIME));
    }
}
