package io.sigillum.keymanagement.backend;

import io.sigillum.crypto.sign.DigestSigner;

/** Where private keys are made, kept and used: in software under a master key, or in an HSM. */
public interface KeyBackend {

    /** @return the backend's name in configuration and in the database */
    String name();

    /** @return whether this backend makes keys of this algorithm */
    boolean supports(KeyAlgorithm algorithm);

    /**
     * Makes a key pair.
     *
     * @param algorithm the key's algorithm
     * @param binding   what the key is bound to (purpose and scope); a backend may use it to tie
     *                  the private part to its record, so a row cannot be swapped for another
     * @return the public key and the reference to the private part
     */
    GeneratedKey generate(KeyAlgorithm algorithm, String binding);

    /**
     * @param key     a key this backend made
     * @param binding the same binding as at generation
     * @return a signer for it
     * @throws KeyBackendException when the private part cannot be reached or opened
     */
    DigestSigner signer(StoredKey key, String binding);

    /** Erases the private part for good; the caller forgets the reference. */
    void destroy(StoredKey key);
}
