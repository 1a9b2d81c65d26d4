package io.sigillum.trust.model;

import io.sigillum.crypto.jwk.PublicJwks;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A raw public key trust anchor, as an issuer publishes in its JWKS: EC on P-256, P-384 or P-521,
 * or Ed25519, the keys a JWS or COSE signature of a credential can be made with.
 *
 * @param id  the anchor's identifier
 * @param key the public key
 */
public record KeyAnchor(String id, PublicKey key) implements Anchor {

    /** Checks the fields and the kind of key. */
    public KeyAnchor {
        Text.require(id, "anchor id", MAX_ID_LENGTH);
        Objects.requireNonNull(key, "key");
        try {
            // The same rule the JWK form follows: a key that has no public JWK here has no JSON form either.
            PublicJwks.of(key, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("anchor " + id + ": only EC P-256, P-384, P-521 and Ed25519 keys are anchors", e);
        }
    }
}
