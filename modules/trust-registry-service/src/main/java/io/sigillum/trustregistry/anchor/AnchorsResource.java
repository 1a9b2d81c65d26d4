package io.sigillum.trustregistry.anchor;

import io.sigillum.api.trustregistry.AnchorsApi;
import io.sigillum.api.trustregistry.model.AnchorAddition;
import io.sigillum.api.trustregistry.model.ChangeReason;
import io.sigillum.api.trustregistry.model.TrustAnchor;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Callers;
import io.sigillum.platform.messaging.OutboxLifecycle;
import io.sigillum.trustregistry.issuer.IssuerLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code POST /anchors} and {@code POST /anchors/{id}/removal}, for the registry's administrators. */
@ApplicationScoped
public class AnchorsResource implements AnchorsApi {

    private final AnchorChanges changes;
    private final OutboxLifecycle outbox;

    @Context
    private SecurityContext security;

    @Inject
    AnchorsResource(AnchorChanges changes, OutboxLifecycle outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    @Override
    public Response addAnchor(AnchorAddition request) {
        if (request == null) {
            throw TrustProblems.invalidRequest("The request body is an anchor to add.");
        }
        TrustAnchorRecord added = changes.add(Callers.of(security), request);
        outbox.wake();
        return Response.created(IssuerLinks.of(added.issuerId())).entity(AnchorViews.toApi(added)).build();
    }

    @Override
    public TrustAnchor removeAnchor(String anchorId, ChangeReason request) {
        TrustAnchorRecord removed = changes.remove(Callers.of(security), anchorId, request == null ? null : request.getReason());
        outbox.wake();
        return AnchorViews.toApi(removed);
    }
}
