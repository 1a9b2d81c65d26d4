/**
 * The credential endpoint (OID4VCI 1.0 §8): key proofs checked, the authentic source asked, one
 * SD-JWT VC per proof key — each with its own status entry, salts and jittered times — signed
 * through the key-management service, and a record kept of what was issued (never the claims).
 */
package io.sigillum.issuance.credential;
