/**
 * Matching credentials against a DCQL query (§6.4, §7): {@link io.sigillum.dcql.match.ClaimsPathProcessor}
 * applies a claims path pointer; {@link io.sigillum.dcql.match.CredentialMatcher} decides whether one
 * {@link io.sigillum.dcql.match.Credential} satisfies one Credential Query, with which claim set and
 * which concrete claims; {@link io.sigillum.dcql.match.PresentationEvaluator} checks, for a Verifier,
 * everything a response presented against the whole query and its credential sets;
 * {@link io.sigillum.dcql.match.CredentialSelector} chooses, for a Wallet, what to send;
 * {@link io.sigillum.dcql.match.ClaimsToDisclose} and {@link io.sigillum.dcql.match.RequestedClaims}
 * turn a match into the paths to disclose and into the claims to hand a relying party.
 */
package io.sigillum.dcql.match;
