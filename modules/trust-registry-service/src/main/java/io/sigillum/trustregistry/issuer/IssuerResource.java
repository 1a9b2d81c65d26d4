package io.sigillum.trustregistry.issuer;

import io.sigillum.api.trustregistry.IssuerApi;
import io.sigillum.api.trustregistry.model.IssuerDetail;
import io.sigillum.api.trustregistry.model.IssuerStateChange;
import io.sigillum.api.trustregistry.model.IssuerUpdate;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trustregistry.TrustProblems;
import io.sigillum.trustregistry.changes.Callers;
import io.sigillum.platform.messaging.OutboxLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /issuer?id=…}: one issuer with its history; updating it and changing its state (administrators). */
@ApplicationScoped
public class IssuerResource implements IssuerApi {

    private final TrustedIssuers issuers;
    private final IssuerChanges changes;
    private final IssuerViews views;
    private final OutboxLifecycle outbox;

    @Context
    private SecurityContext security;

    @Inject
    IssuerResource(TrustedIssuers issuers, IssuerChanges changes, IssuerViews views, OutboxLifecycle outbox) {
        this.issuers = issuers;
        this.changes = changes;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public IssuerDetail getIssuer(String id) {
        IssuerChanges.requiredId(id);
        return views.detail(issuers.find(id).orElseThrow(() -> TrustProblems.unknownIssuer(id)));
    }

    @Override
    public IssuerDetail updateIssuer(String id, IssuerUpdate request) {
        if (request == null) {
            throw TrustProblems.invalidRequest("The request body is the update, with its 'reason'.");
        }
        TrustedIssuerRecord updated = changes.update(Callers.of(security), id, request);
        outbox.wake();
        return views.detail(updated);
    }

    @Override
    public IssuerDetail changeIssuerState(String id, IssuerStateChange request) {
        if (request == null) {
            throw TrustProblems.invalidRequest("The request body is the new 'state' with its 'reason'.");
        }
        IssuerState target = request.getState() == null ? null
                : IssuerState.valueOf(request.getState().name());
        TrustedIssuerRecord changed = changes.changeState(Callers.of(security), id, target, request.getReason());
        outbox.wake();
        return views.detail(changed);
    }
}
