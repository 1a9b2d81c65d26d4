/**
 * COSE_Sign1 (RFC 9052 §4.2-§4.4) with the ECDSA and EdDSA algorithms of RFC 9053 §2, signed
 * through {@link io.sigillum.crypto.sign.Signer} and checked with
 * {@link io.sigillum.crypto.sign.Verifier}: the envelope of ISO 18013-5 IssuerAuth and DeviceAuth
 * and of CWT status list tokens. Certificate chains travel in {@code x5chain} (RFC 9360).
 */
package io.sigillum.crypto.cose;
