/**
 * The trust model: a {@link io.sigillum.trust.model.TrustSnapshot} of
 * {@link io.sigillum.trust.model.TrustedIssuer}s, each with its
 * {@link io.sigillum.trust.model.Anchor}s (X.509 certificates or public keys) and
 * {@link io.sigillum.trust.model.Authorization}s for credential types. Immutable records, checked
 * when built, so that a snapshot that exists is one the evaluator can use.
 */
package io.sigillum.trust.model;
