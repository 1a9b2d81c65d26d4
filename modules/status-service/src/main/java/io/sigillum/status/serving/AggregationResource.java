package io.sigillum.status.serving;

import io.sigillum.api.status.StatusListAggregationApi;
import io.sigillum.api.status.model.StatusListAggregation;
import io.sigillum.status.publication.PublicationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * {@code GET /status-list-aggregation} (draft §9.3): the URIs of every list with a token, from
 * memory, cacheable for the tokens' ttl (a new list appears within that time).
 */
@ApplicationScoped
public class AggregationResource implements StatusListAggregationApi {

    private final ServedTokens served;
    private final PublicationSettings settings;

    @Inject
    AggregationResource(ServedTokens served, PublicationSettings settings) {
        this.served = served;
        this.settings = settings;
    }

    @Override
    public Response getStatusListAggregation() {
        StatusListAggregation aggregation = new StatusListAggregation(served.uris().stream().map(URI::create).toList());
        return Response.ok(aggregation, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "max-age=" + settings.ttl().toSeconds()).build();
    }
}
