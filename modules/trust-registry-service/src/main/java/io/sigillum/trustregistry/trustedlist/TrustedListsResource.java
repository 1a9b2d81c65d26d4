package io.sigillum.trustregistry.trustedlist;

import io.sigillum.api.trustregistry.TrustedListsApi;
import io.sigillum.api.trustregistry.model.HeldTrustedList;
import io.sigillum.api.trustregistry.model.TrustedListImport;
import io.sigillum.trustregistry.changes.Callers;
import io.sigillum.platform.messaging.OutboxLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import java.io.InputStream;
import java.util.List;

/** {@code /trusted-lists}: importing a signed trusted list or list of trusted lists, and the lists held (administrators). */
@ApplicationScoped
public class TrustedListsResource implements TrustedListsApi {

    private final ImportTrustedList importer;
    private final HeldListViews views;
    private final OutboxLifecycle outbox;

    @Context
    private SecurityContext security;

    @Inject
    TrustedListsResource(ImportTrustedList importer, HeldListViews views, OutboxLifecycle outbox) {
        this.importer = importer;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    public TrustedListImport importTrustedList(String reason, InputStream body) {
        TrustedListChanges.Outcome outcome = importer.run(Callers.of(security), reason, body);
        outbox.wake();
        return new TrustedListImport().version(outcome.version()).trustedList(views.toApi(outcome.held(), outcome.pointers()))
                .summary(outcome.summary());
    }

    @Override
    public List<HeldTrustedList> listTrustedLists() {
        return views.all();
    }
}
