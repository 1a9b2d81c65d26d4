package io.sigillum.verification.status;

import io.sigillum.events.EventEnvelope;
import io.sigillum.platform.messaging.BrokerConnections;
import io.sigillum.verification.messaging.TopicSubscription;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Listens to {@code status.published} on the topic {@code sigillum.status.published} (payload
 * {@code {uri, list_id, version}}) and fires {@link StatusListPublished}, so this replica's cached
 * copy of that list is dropped and the next check fetches the new one.
 */
@ApplicationScoped
public class StatusPublishedEvents {

    static final String TOPIC = "sigillum.status.published";
    static final String TYPE = "status.published";

    private final BrokerConnections broker;
    private final Event<StatusListPublished> published;
    private final boolean enabled;
    private final long reconnectSeconds;
    private TopicSubscription subscription;

    @Inject
    StatusPublishedEvents(BrokerConnections broker, Event<StatusListPublished> published,
                          @ConfigProperty(name = "sigillum.verification.events", defaultValue = "true") boolean enabled,
                          @ConfigProperty(name = "sigillum.verification.events.reconnect", defaultValue = "10") long reconnectSeconds) {
        this.broker = broker;
        this.published = published;
        this.enabled = enabled;
        this.reconnectSeconds = reconnectSeconds;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            subscription = TopicSubscription.open(broker, TOPIC, this::handle, reconnectSeconds);
        }
    }

    @PreDestroy
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Whether the subscription is open now (for health). */
    public boolean subscribed() {
        return subscription != null && subscription.subscribed();
    }

    private void handle(EventEnvelope event) {
        if (TYPE.equals(event.type()) && event.payload().containsKey("uri")) {
            published.fire(new StatusListPublished(URI.create(event.payload().getString("uri"))));
        }
    }
}
