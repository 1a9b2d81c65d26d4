/** Holder keys and their {@code jwt} key proofs (OID4VCI 1.0 Appendix F.1). Not exported. */
package io.sigillum.wallet.proof;
