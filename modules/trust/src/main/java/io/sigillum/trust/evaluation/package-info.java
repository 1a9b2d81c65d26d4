/**
 * Evaluation against a snapshot: {@link io.sigillum.trust.evaluation.TrustEvaluator}, built once
 * per {@link io.sigillum.trust.model.TrustSnapshot}, answers whether a certificate chain or a key
 * is trusted for a credential type at a time, with an {@link io.sigillum.trust.evaluation.Evaluation}
 * naming the issuer, or the reason it is not.
 */
package io.sigillum.trust.evaluation;
