package io.sigillum.verification.messaging;

import io.sigillum.events.EventEnvelope;
import io.sigillum.platform.messaging.BrokerConnections;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The topics this replica listens to for cache hints ({@code trust.changed},
 * {@code status.published}), opened with one configuration ({@code sigillum.verification.events},
 * {@code sigillum.verification.events.reconnect}) and closed together when the service stops.
 */
@ApplicationScoped
public class CacheHintTopics {

    private final BrokerConnections broker;
    private final boolean enabled;
    private final long reconnectSeconds;
    private final List<TopicSubscription> open = new CopyOnWriteArrayList<>();

    @Inject
    CacheHintTopics(BrokerConnections broker,
                    @ConfigProperty(name = "sigillum.verification.events", defaultValue = "true") boolean enabled,
                    @ConfigProperty(name = "sigillum.verification.events.reconnect", defaultValue = "10") long reconnectSeconds) {
        this.broker = broker;
        this.enabled = enabled;
        this.reconnectSeconds = reconnectSeconds;
    }

    /** @return the subscription, or empty when events are switched off */
    public Optional<TopicSubscription> subscribe(String topic, Consumer<EventEnvelope> handler) {
        if (!enabled) {
            return Optional.empty();
        }
        TopicSubscription subscription = TopicSubscription.open(broker, topic, handler, reconnectSeconds);
        open.add(subscription);
        return Optional.of(subscription);
    }

    @PreDestroy
    void closeAll() {
        open.forEach(TopicSubscription::close);
        open.clear();
    }
}
