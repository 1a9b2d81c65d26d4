/** PEM (RFC 7468) encoding and decoding of certificates, PKCS#8 private keys and public keys. */
package io.sigillum.crypto.pem;
