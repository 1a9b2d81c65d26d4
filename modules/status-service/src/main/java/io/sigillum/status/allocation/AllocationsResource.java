package io.sigillum.status.allocation;

import io.sigillum.api.status.AllocationsApi;
import io.sigillum.api.status.model.AllocationRequest;
import io.sigillum.status.entry.EntryViews;
import io.sigillum.status.entry.StatusProblems;
import io.sigillum.status.list.ListType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code POST /allocations}: an entry for a credential about to be issued (role {@code status-issuer}). */
@ApplicationScoped
public class AllocationsResource implements AllocationsApi {

    private final Allocator allocator;

    @Context
    private UriInfo uriInfo;

    @Inject
    AllocationsResource(Allocator allocator) {
        this.allocator = allocator;
    }

    @Override
    public Response allocate(AllocationRequest request) {
        if (request == null || request.getListType() == null) {
            throw StatusProblems.badRequest("An allocation names its list type: revocation or revocation-suspension.");
        }
        AllocationAttempt.Allocated allocated = allocator.allocate(ListType.of(request.getListType().toString()));
        return Response.created(uriInfo.getBaseUriBuilder().path("status-lists").path(allocated.entry().listId())
                        .path("entries").path(Integer.toString(allocated.entry().idx())).build())
                .entity(EntryViews.of(allocated.entry(), allocated.uri())).build();
    }
}
