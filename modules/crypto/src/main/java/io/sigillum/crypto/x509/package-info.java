/**
 * X.509 certificates built with BouncyCastle: CAs (development roots, intermediates, ISO/IEC
 * 18013-5 IACA roots) whose keys may live anywhere a {@link io.sigillum.crypto.sign.Signer}
 * reaches, the profiles they issue (TLS, mdoc document signers, SD-JWT VC issuers, OpenID4VP
 * verifiers, status list signers), and PKIX validation of chains at a given time.
 */
package io.sigillum.crypto.x509;
