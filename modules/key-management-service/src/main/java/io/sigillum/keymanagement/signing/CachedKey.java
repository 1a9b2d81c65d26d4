package io.sigillum.keymanagement.signing;

import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.keymanagement.key.KeyPurpose;
import io.sigillum.keymanagement.key.KeyState;

import java.time.Instant;
import java.util.List;

/**
 * A key as the signing path sees it: a snapshot of its record, read at {@code loadedAt}, and its
 * signer.
 *
 * @param kid       the key id
 * @param purpose   its purpose
 * @param scope     its scope
 * @param state     its state when read
 * @param algorithm the JOSE algorithm name
 * @param x5c       its certificate chain, leaf first
 * @param signer    the signer, or null for a key that does not sign (key agreement, destroyed)
 * @param loadedAt  when the record was read
 */
record CachedKey(String kid, KeyPurpose purpose, String scope, KeyState state, String algorithm, List<String> x5c,
                  DigestSigner signer, Instant loadedAt) {
}
