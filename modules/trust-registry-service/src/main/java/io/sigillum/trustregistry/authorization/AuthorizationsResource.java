package io.sigillum.trustregistry.authorization;

import io.sigillum.api.trustregistry.AuthorizationsApi;
import io.sigillum.api.trustregistry.model.AuthorizationGrant;
import io.sigillum.api.trustregistry.model.ChangeReason;
import io.sigillum.api.trustregistry.model.IssuerAuthorization;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Callers;
import io.sigillum.platform.messaging.OutboxLifecycle;
import io.sigillum.trustregistry.issuer.IssuerLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code POST /authorizations} and {@code POST /authorizations/{id}/revocation}, for the registry's administrators. */
@ApplicationScoped
public class AuthorizationsResource implements AuthorizationsApi {

    private final AuthorizationChanges changes;
    private final OutboxLifecycle outbox;

    @Context
    private SecurityContext security;

    @Inject
    AuthorizationsResource(AuthorizationChanges changes, OutboxLifecycle outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    @Override
    public Response grantAuthorization(AuthorizationGrant request) {
        if (request == null) {
            throw TrustProblems.invalidRequest("The request body is an authorization to grant.");
        }
        AuthorizationRecord granted = changes.grant(Callers.of(security), request);
        outbox.wake();
        return Response.created(IssuerLinks.of(granted.issuerId())).entity(AuthorizationViews.toApi(granted)).build();
    }

    @Override
    public IssuerAuthorization revokeAuthorization(String authorizationId, ChangeReason request) {
        AuthorizationRecord revoked = changes.revoke(Callers.of(security), authorizationId,
                request == null ? null : request.getReason());
        outbox.wake();
        return AuthorizationViews.toApi(revoked);
    }
}
