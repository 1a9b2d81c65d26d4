/**
 * The verification run ({@link io.sigillum.benchmarks.verification.VerificationRun}): OpenID4VP
 * presentations of issued PIDs per second through the key-management, status, trust-registry,
 * issuance and verification services as child processes, against the crypto bounds of the same
 * public-key operations in this process, with the JDK's provider and with the fast one.
 */
package io.sigillum.benchmarks.verification;
