package io.sigillum.verification.trust;

import io.sigillum.events.EventEnvelope;
import io.sigillum.platform.messaging.BrokerConnections;
import io.sigillum.verification.messaging.TopicSubscription;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.CompletableFuture;

/**
 * Listens to {@code trust.changed} ({@code {"version": n}}) on the topic
 * {@code sigillum.trust.changed} and revalidates the snapshot at once when the registry announces
 * a version newer than the one held, instead of waiting for the next periodic refresh.
 */
@ApplicationScoped
public class TrustChangedEvents {

    static final String TOPIC = "sigillum.trust.changed";
    static final String TYPE = "trust.changed";

    private final BrokerConnections broker;
    private final TrustRegistry registry;
    private final TrustSnapshots snapshots;
    private final boolean enabled;
    private final long reconnectSeconds;
    private TopicSubscription subscription;

    @Inject
    TrustChangedEvents(BrokerConnections broker, TrustRegistry registry, TrustSnapshots snapshots,
                       @ConfigProperty(name = "sigillum.verification.events", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "sigillum.verification.events.reconnect", defaultValue = "10") long reconnectSeconds) {
        this.broker = broker;
        this.registry = registry;
        this.snapshots = snapshots;
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

    private void handle(EventEnvelope event) {
        if (!TYPE.equals(event.type()) || !(event.payload().get("version") instanceof JsonNumber version)) {
            return;
        }
        long held = registry.held().map(HeldSnapshot::version).orElse(-1L);
        if (version.longValue() > held) {
            // Off the broker's thread: the fetch may wait for the registry.
            CompletableFuture.runAsync(snapshots::refresh);
        }
    }
}
