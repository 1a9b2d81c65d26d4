/**
 * Issuing SD-JWTs (RFC 9901 §4.1, §4.2): {@link io.sigillum.sdjwt.issuance.SdJwtIssuer} turns a
 * JSON object and the {@link io.sigillum.sdjwt.ClaimPath}s to make selectively disclosable into a
 * signed SD-JWT with its Disclosures.
 */
package io.sigillum.sdjwt.issuance;
