package io.sigillum.trustregistry.snapshot;

import io.sigillum.api.trustregistry.SnapshotApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /snapshot}: the current trust state for verifiers, with its strong ETag.
 * {@code If-None-Match} answers 304 (RFC 9110 §13.1.2, weak comparison). {@code Cache-Control:
 * no-cache} (RFC 9111 §5.2.2.4): a cache may keep the snapshot but revalidates it before each use,
 * which costs a 304; verifiers also revalidate as soon as {@code trust.changed} arrives.
 */
@ApplicationScoped
public class SnapshotResource implements SnapshotApi {

    static final String CACHE_CONTROL = "no-cache";

    private final CurrentTrust trust;

    @Inject
    SnapshotResource(CurrentTrust trust) {
        this.trust = trust;
    }

    @Override
    public Response getSnapshot(String ifNoneMatch) {
        PublishedSnapshot snapshot = trust.current();
        Response.ResponseBuilder response = EntityTags.matches(ifNoneMatch, snapshot.etag())
                ? Response.notModified()
                : Response.ok(snapshot.json(), MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, snapshot.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
