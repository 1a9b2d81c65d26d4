package io.sigillum.status.entry;

import io.sigillum.api.status.model.StatusEntry;
import io.sigillum.status.list.StatusLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.ZoneOffset;

/** How entries appear in the API: with their list's URI, as a credential's {@code status_list} claim names it. */
@ApplicationScoped
public class EntryViews {

    private final StatusLists lists;

    @Inject
    EntryViews(StatusLists lists) {
        this.lists = lists;
    }

    public StatusEntry of(StatusEntryRecord entry) {
        String uri = lists.find(entry.listId()).orElseThrow(StatusProblems::unknownList).uri();
        return of(entry, uri);
    }

    public static StatusEntry of(StatusEntryRecord entry, String uri) {
        StatusEntry view = new StatusEntry(entry.listId(), URI.create(uri), entry.idx(), io.sigillum.api.status.model.Status.fromValue(entry.status().name()));
        view.setChangedAt(entry.changedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
        return view;
    }
}
