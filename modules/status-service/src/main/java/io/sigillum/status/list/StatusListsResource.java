package io.sigillum.status.list;

import io.sigillum.api.status.StatusListsApi;
import io.sigillum.api.status.model.ListType;
import io.sigillum.api.status.model.StatusChange;
import io.sigillum.api.status.model.StatusEntry;
import io.sigillum.api.status.model.StatusListSummary;
import io.sigillum.status.entry.EntryViews;
import io.sigillum.status.entry.StatusChanges;
import io.sigillum.status.entry.StatusProblems;
import io.sigillum.status.entry.StatusValue;
import io.sigillum.status.serving.TokenResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * {@code /status-lists}: the lists, and {@code /status-lists/{listId}/entries/{idx}}: an entry's
 * status, read and changed, for status administrators (roles in the spec); and the public
 * {@code /status-lists/{listId}}, each list's token.
 */
@ApplicationScoped
public class StatusListsResource implements StatusListsApi {

    private final StatusLists lists;
    private final StatusChanges changes;
    private final EntryViews views;
    private final TokenResponses tokens;

    @Context
    private HttpHeaders headers;

    @Inject
    StatusListsResource(StatusLists lists, StatusChanges changes, EntryViews views, TokenResponses tokens) {
        this.lists = lists;
        this.changes = changes;
        this.views = views;
        this.tokens = tokens;
    }

    @Override
    public Response getStatusListToken(String listId, String time, String ifNoneMatch) {
        return tokens.respond(listId, time, ifNoneMatch, headers.getAcceptableMediaTypes());
    }

    @Override
    public List<StatusListSummary> listStatusLists() {
        java.util.Map<String, Long> allocated = lists.allocatedCounts();
        return lists.all().stream().map(list -> toApi(list, allocated.getOrDefault(list.id(), 0L))).toList();
    }

    @Override
    public StatusEntry getEntry(String listId, Integer idx) {
        return views.of(changes.entry(listId, checked(idx)));
    }

    @Override
    public StatusEntry setStatus(String listId, Integer idx, StatusChange change) {
        if (change == null || change.getStatus() == null) {
            throw StatusProblems.badRequest("A status change names the new status: VALID, INVALID or SUSPENDED.");
        }
        return views.of(changes.change(listId, checked(idx), StatusValue.valueOf(change.getStatus().toString())));
    }

    private static int checked(Integer idx) {
        if (idx == null || idx < 0) {
            throw StatusProblems.badRequest("An index is a non-negative integer.");
        }
        return idx;
    }

    private static StatusListSummary toApi(StatusListRecord list, long allocated) {
        StatusListSummary summary = new StatusListSummary(list.id(), URI.create(list.uri()),
                list.bits(), list.size(), list.version());
        summary.setListType(ListType.fromValue(list.listType().value()));
        summary.setAllocated((int) allocated);
        return summary;
    }
}
