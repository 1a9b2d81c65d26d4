package io.sigillum.verification.status;

import io.sigillum.events.EventEnvelope;
import io.sigillum.verification.messaging.CacheHintTopics;
import io.sigillum.verification.messaging.TopicSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Optional;

/**
 * Listens to {@code status.published} on the topic {@code sigillum.status.published} (payload
 * {@code {uri, list_id, version}}) and fires {@link StatusListPublished}, so this replica's cached
 * copy of that list is dropped and the next check fetches the new one.
 */
@ApplicationScoped
public class StatusPublishedEvents {

    static final String TOPIC = "sigillum.status.published";
    static final String TYPE = "status.published";

    private final CacheHintTopics topics;
    private final Event<StatusListPublished> published;
    private Optional<TopicSubscription> subscription = Optional.empty();

    @Inject
    StatusPublishedEvents(CacheHintTopics topics, Event<StatusListPublished> published) {
        this.topics = topics;
        this.published = published;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        subscription = topics.subscribe(TOPIC, this::handle);
    }

    /** Whether the subscription is open now (for health). */
    public boolean subscribed() {
        return subscription.map(TopicSubscription::subscribed).orElse(false);
    }

    private void handle(EventEnvelope event) {
        if (TYPE.equals(event.type()) && event.payload().containsKey("uri")) {
            published.fire(new StatusListPublished(URI.create(event.payload().getString("uri"))));
        }
    }
}
