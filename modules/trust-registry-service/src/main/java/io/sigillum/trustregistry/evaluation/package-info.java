/**
 * Evaluation for verifiers that do not hold a snapshot: is this {@code x5c} chain or this key
 * trusted for this credential type at this time, by which issuer, or why not. Answered by the
 * trust library's {@code TrustEvaluator} built once per snapshot version.
 */
package io.sigillum.trustregistry.evaluation;
