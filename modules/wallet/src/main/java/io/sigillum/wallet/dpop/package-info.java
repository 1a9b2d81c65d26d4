/** DPoP (RFC 9449): proofs, server nonces and the one retry they allow. Not exported. */
package io.sigillum.wallet.dpop;
