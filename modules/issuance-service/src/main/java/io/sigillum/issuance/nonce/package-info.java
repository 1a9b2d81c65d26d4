/** The nonce endpoint (OID4VCI 1.0 §7): single-use {@code c_nonce} values that key proofs carry. */
package io.sigillum.issuance.nonce;
