package io.sigillum.issuance.nonce;

import io.sigillum.api.issuerwallet.NonceApi;
import io.sigillum.issuance.oauth.OAuthError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** {@code POST /nonce} (OID4VCI 1.0 §7.2): a fresh {@code c_nonce}, never cached. */
@ApplicationScoped
public class NonceResource implements NonceApi {

    private final CNonces nonces;

    @Inject
    NonceResource(CNonces nonces) {
        this.nonces = nonces;
    }

    @Override
    public Response nonce() {
        return Response.ok(Map.of("c_nonce", nonces.issue()), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(OAuthError.noStore()).build();
    }
}
