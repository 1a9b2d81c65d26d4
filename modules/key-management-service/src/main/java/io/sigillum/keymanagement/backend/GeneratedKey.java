package io.sigillum.keymanagement.backend;

import java.security.PublicKey;

/**
 * A key a backend has just made: its public part and what the backend needs to find the private
 * part again. Never the private key itself.
 *
 * @param kid         the key id, the RFC 7638 thumbprint of the public key
 * @param publicKey   the public key
 * @param wrappedKey  the wrapped private key ({@code software}), or null
 * @param masterKeyId the fingerprint of the wrapping key ({@code software}), or null
 * @param keyRef      the key's label in the HSM ({@code pkcs11}), or null
 */
public record GeneratedKey(String kid, PublicKey publicKey, String wrappedKey, String masterKeyId, String keyRef) {
}
