package io.sigillum.keymanagement.backend;

/**
 * What the database holds about a key's private part, handed back to its backend to sign or to
 * destroy.
 *
 * @param kid         the key id
 * @param algorithm   the key's algorithm
 * @param wrappedKey  the wrapped private key ({@code software}), or null
 * @param masterKeyId the fingerprint of the wrapping key ({@code software}), or null
 * @param keyRef      the key's label in the HSM ({@code pkcs11}), or null
 */
public record StoredKey(String kid, KeyAlgorithm algorithm, String wrappedKey, String masterKeyId, String keyRef) {
}
