/**
 * The trust evaluation run ({@link io.sigillum.benchmarks.trust.TrustEvaluationRun}): a
 * 3-certificate chain evaluated in process from the registry's snapshot, as verifiers do on their
 * hot path, against the same evaluations through the trust-registry service's
 * {@code POST /evaluations}, the service a child process, in one table.
 */
package io.sigillum.benchmarks.trust;
