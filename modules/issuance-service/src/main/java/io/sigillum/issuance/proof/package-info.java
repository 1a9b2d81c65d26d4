/**
 * Key proofs of the Credential Request (OID4VCI 1.0 §8.2, Appendix F): the {@code jwt} proof
 * type, checked statelessly; the caller checks the returned {@code c_nonce} against its store.
 * Also what DPoP proofs share with them: a JWS signed by the key in its own {@code jwk} header
 * ({@link io.sigillum.issuance.proof.SelfSignedJws}), its parsing, and the base of both refusals.
 * Plain Java: no CDI, no JAX-RS, no database.
 */
package io.sigillum.issuance.proof;
