package io.sigillum.wallet.verify;

import io.sigillum.wallet.store.StoredCredential;

import java.util.Objects;
import java.util.Optional;

/**
 * A credential that passed every check, ready to store.
 *
 * @param credential          what to store
 * @param trustAnchor         the subject of the anchor its {@code x5c} chain leads to
 * @param holderKeyThumbprint the thumbprint of its {@code cnf.jwk}, if key-bound
 */
public record VerifiedCredential(StoredCredential credential, String trustAnchor, Optional<String> holderKeyThumbprint) {

    /** Checks that nothing is null. */
    public VerifiedCredential {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(trustAnchor, "trustAnchor");
        Objects.requireNonNull(holderKeyThumbprint, "holderKeyThumbprint");
    }
}
