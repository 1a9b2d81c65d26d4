package io.sigillum.status.list;

import io.sigillum.api.status.StatusListsApi;
import io.sigillum.api.status.model.StatusListSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;

/** {@code GET /status-lists}: the lists, for status administrators (role in the spec). */
@ApplicationScoped
public class StatusListsResource implements StatusListsApi {

    private final StatusLists lists;

    @Inject
    StatusListsResource(StatusLists lists) {
        this.lists = lists;
    }

    @Override
    public List<StatusListSummary> listStatusLists() {
        return lists.all().stream().map(StatusListsResource::toApi).toList();
    }

    private static StatusListSummary toApi(StatusListRecord list) {
        return new StatusListSummary(list.id(), URI.create(list.uri()),
                list.bits(), list.size(), list.version());
    }
}
