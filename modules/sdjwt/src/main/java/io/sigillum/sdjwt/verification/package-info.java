/**
 * Verifying SD-JWTs (RFC 9901 §7.1, §7.3): {@link io.sigillum.sdjwt.verification.SdJwtVerifier}
 * checks the issuer's signature, processes the Disclosures strictly and, under a
 * {@link io.sigillum.sdjwt.verification.KeyBindingPolicy}, the Key Binding JWT.
 */
package io.sigillum.sdjwt.verification;
