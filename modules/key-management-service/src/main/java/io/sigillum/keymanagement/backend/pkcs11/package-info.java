/** The PKCS#11 backend: private keys generated and used inside an HSM, never leaving it. */
package io.sigillum.keymanagement.backend.pkcs11;
