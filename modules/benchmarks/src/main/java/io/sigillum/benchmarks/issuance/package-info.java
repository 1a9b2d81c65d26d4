/**
 * The issuance run ({@link io.sigillum.benchmarks.issuance.IssuanceRun}): full OpenID4VCI
 * issuances per second through the key-management, status and issuance services as child
 * processes, against the crypto bounds of the same public-key operations in this process, with
 * the JDK's provider and with the fast one.
 */
package io.sigillum.benchmarks.issuance;
