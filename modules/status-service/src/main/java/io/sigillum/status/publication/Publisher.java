package io.sigillum.status.publication;

import io.sigillum.status.list.StatusListRecord;
import io.sigillum.status.serving.ServedToken;
import io.sigillum.status.serving.ServedTokens;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.list.StatusList;
import io.sigillum.statuslist.token.StatusListToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Publishes one list: reads its entries, signs a new token and stores it as the list's next
 * version, then serves it here and announces it. Signing holds no connection and no lock; when two
 * replicas publish one list at once, the first to store wins and the other's token is dropped.
 */
@ApplicationScoped
public class Publisher {

    private final PublicationStore store;
    private final ListSigner signer;
    private final PublicationSettings settings;
    private final ServedTokens served;
    private final PublishedEvents events;

    @Inject
    Publisher(PublicationStore store, ListSigner signer, PublicationSettings settings, ServedTokens served,
              PublishedEvents events) {
        this.store = store;
        this.signer = signer;
        this.settings = settings;
        this.served = served;
        this.events = events;
    }

    /** @return the version published, or empty when the list is unknown or another replica was first */
    public Optional<Long> publish(String listId) {
        Optional<PublicationStore.Snapshot> snapshot = store.snapshot(listId);
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        StatusListRecord list = snapshot.get().list();
        StatusList entries = StatusList.of(list.bits(), list.size());
        for (int[] marked : snapshot.get().marked()) {
            entries.set(marked[0], Status.of(marked[1]));
        }
        Instant now = Instant.now();
        StatusListToken.Builder token = StatusListToken.builder(URI.create(list.uri()), entries)
                .issuedAt(now).expiresAt(now.plus(settings.lifetime())).timeToLive(settings.ttl());
        settings.aggregationUri().ifPresent(token::aggregationUri);
        SignedList signed = signer.sign(token.build());
        Optional<Long> version = store.store(list, signed);
        version.ifPresent(published -> {
            served.offer(served(listId, list.uri(), published, signed));
            events.published(list.uri(), listId, published);
        });
        return version;
    }

    ServedToken served(String listId, String uri, long version, SignedList signed) {
        return new ServedToken(listId, uri, version, signed.jwt().getBytes(StandardCharsets.US_ASCII), signed.cwt(),
                signed.issuedAt(), signed.expiresAt(), settings.ttl());
    }
}
