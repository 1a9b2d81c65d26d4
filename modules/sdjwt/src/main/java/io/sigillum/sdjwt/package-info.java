/**
 * The SD-JWT format itself (RFC 9901 §4): {@link io.sigillum.sdjwt.Disclosure}s and their digests,
 * the {@link io.sigillum.sdjwt.SdJwt} serialisation, {@link io.sigillum.sdjwt.ClaimPath}s, the
 * spec's names in {@link io.sigillum.sdjwt.SdJwtSpec} and the one error type
 * {@link io.sigillum.sdjwt.SdJwtException}.
 */
package io.sigillum.sdjwt;
