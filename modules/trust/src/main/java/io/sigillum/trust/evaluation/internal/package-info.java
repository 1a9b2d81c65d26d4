/**
 * How {@link io.sigillum.trust.evaluation.TrustEvaluator} works: the anchor index it builds once
 * per snapshot, the guards on untrusted input, the PKIX step and the issuer decision. Not exported.
 */
package io.sigillum.trust.evaluation.internal;
