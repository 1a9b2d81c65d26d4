package io.sigillum.status.publication;

import io.sigillum.status.list.StatusLists;
import io.sigillum.status.serving.ServedToken;
import io.sigillum.status.serving.TokenHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/** {@link TokenHistory} over {@code status_list_token_history}. */
@ApplicationScoped
class StoredHistory implements TokenHistory {

    private final PublicationStore store;
    private final StatusLists lists;
    private final Publisher publisher;

    @Inject
    StoredHistory(PublicationStore store, StatusLists lists, Publisher publisher) {
        this.store = store;
        this.lists = lists;
        this.publisher = publisher;
    }

    @Override
    public Optional<ServedToken> issuedBy(String listId, Instant time) {
        return lists.find(listId).flatMap(list -> store.issuedBy(listId, time)
                .map(past -> publisher.served(listId, list.uri(), past.version(), past.signed())));
    }
}
