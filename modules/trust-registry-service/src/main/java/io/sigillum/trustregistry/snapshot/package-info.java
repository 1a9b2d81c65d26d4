/**
 * The whole trust state as the trust library's snapshot: read from the current rows at the
 * current version, kept in memory per version with its canonical bytes, strong ETag and a
 * {@code TrustEvaluator}, and served to verifiers with {@code If-None-Match} and 304.
 */
package io.sigillum.trustregistry.snapshot;
