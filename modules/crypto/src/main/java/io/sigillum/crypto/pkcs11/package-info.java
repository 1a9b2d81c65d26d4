/**
 * Signing keys that are generated and used inside an HSM, through PKCS#11 and the JDK's
 * {@code SunPKCS11} provider: {@link io.sigillum.crypto.pkcs11.Pkcs11Token} opens a token,
 * generates, finds and destroys keys by alias, and hands out
 * {@link io.sigillum.crypto.pkcs11.Pkcs11Signer}s. The private keys stay in the token:
 * sensitive and not extractable.
 */
package io.sigillum.crypto.pkcs11;
