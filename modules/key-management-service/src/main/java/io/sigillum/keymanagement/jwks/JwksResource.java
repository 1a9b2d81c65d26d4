package io.sigillum.keymanagement.jwks;

import io.sigillum.api.keymanagement.JwksApi;
import io.sigillum.api.keymanagement.model.JwkSet;
import io.sigillum.api.keymanagement.model.Purpose;
import io.sigillum.keymanagement.key.KeyPurpose;
import io.sigillum.keymanagement.key.KeyViews;
import io.sigillum.keymanagement.key.ManagedKeys;
import io.sigillum.keymanagement.key.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET /jwks} and {@code GET /jwks/{purpose}}: the published public keys as JWK Sets
 * (RFC 7517 §5), each with its {@code x5c} chain when it has a certificate.
 */
@ApplicationScoped
public class JwksResource implements JwksApi {

    private final ManagedKeys keys;

    @Inject
    JwksResource(ManagedKeys keys) {
        this.keys = keys;
    }

    @Override
    public JwkSet getJwks() {
        return jwks(Optional.empty(), Optional.empty());
    }

    @Override
    public JwkSet getPurposeJwks(Purpose purpose, String scope) {
        return jwks(Optional.of(KeyPurpose.of(purpose.toString())), Optional.ofNullable(scope).map(Scopes::checked));
    }

    private JwkSet jwks(Optional<KeyPurpose> purpose, Optional<String> scope) {
        return new JwkSet(keys.published(purpose, scope, Instant.now()).stream().map(KeyViews::publishedJwk).toList());
    }
}
