package io.sigillum.keymanagement.signing;

import io.sigillum.api.keymanagement.SigningKeysApi;
import io.sigillum.api.keymanagement.model.Algorithm;
import io.sigillum.api.keymanagement.model.Purpose;
import io.sigillum.api.keymanagement.model.SigningKey;
import io.sigillum.keymanagement.key.Callers;
import io.sigillum.keymanagement.key.KeyPurpose;
import io.sigillum.keymanagement.key.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /signing-keys/{purpose}}: the active key to name in a header before signing. */
@ApplicationScoped
public class SigningKeysResource implements SigningKeysApi {

    private final SigningService signing;

    @Context
    private SecurityContext security;

    @Inject
    SigningKeysResource(SigningService signing) {
        this.signing = signing;
    }

    @Override
    public SigningKey getSigningKey(Purpose purpose, String scope) {
        CachedKey key = signing.activeKey(Callers.of(security),
                KeyPurpose.of(purpose.toString()), Scopes.checked(scope));
        SigningKey view = new SigningKey(key.kid(), Algorithm.fromValue(key.algorithm()));
        view.setX5c(key.x5c().isEmpty() ? null : key.x5c());
        return view;
    }
}
