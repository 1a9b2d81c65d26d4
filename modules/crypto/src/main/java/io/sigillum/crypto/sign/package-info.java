/**
 * Signing and verification wherever the key lives: {@link io.sigillum.crypto.sign.Signer} and
 * {@link io.sigillum.crypto.sign.Verifier}, a local-key signer, a Nimbus adapter, and strict
 * compact JWS helpers.
 */
package io.sigillum.crypto.sign;
