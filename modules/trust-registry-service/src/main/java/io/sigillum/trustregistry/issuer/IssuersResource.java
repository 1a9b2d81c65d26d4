package io.sigillum.trustregistry.issuer;

import io.sigillum.api.trustregistry.IssuersApi;
import io.sigillum.api.trustregistry.model.IssuerRegistration;
import io.sigillum.api.trustregistry.model.TrustedIssuer;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Callers;
import io.sigillum.platform.messaging.OutboxLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** {@code /issuers}: the registry's issuers (administrators and verifiers), and registering one (administrators). */
@ApplicationScoped
public class IssuersResource implements IssuersApi {

    private final TrustedIssuers issuers;
    private final IssuerChanges changes;
    private final IssuerViews views;
    private final OutboxLifecycle outbox;

    @Context
    private SecurityContext security;

    @Inject
    IssuersResource(TrustedIssuers issuers, IssuerChanges changes, IssuerViews views, OutboxLifecycle outbox) {
        this.issuers = issuers;
        this.changes = changes;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    public List<TrustedIssuer> listIssuers() {
        return issuers.all().stream().map(IssuerViews::summary).toList();
    }

    @Override
    public Response registerIssuer(IssuerRegistration request) {
        if (request == null) {
            throw TrustProblems.invalidRequest("The request body is the issuer to register.");
        }
        TrustedIssuerRecord registered = changes.register(Callers.of(security), request);
        outbox.wake();
        return Response.created(IssuerLinks.of(registered.id())).entity(views.detail(registered)).build();
    }
}
