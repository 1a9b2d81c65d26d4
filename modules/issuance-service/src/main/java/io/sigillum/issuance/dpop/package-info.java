/**
 * DPoP proofs (RFC 9449): the stateless checks of §4.3 on the {@code DPoP} request header, and
 * the helpers the endpoints use for the stateful parts (server nonces, §8; key binding, §6.1).
 * Plain Java: no CDI, no JAX-RS, no database.
 */
package io.sigillum.issuance.dpop;
