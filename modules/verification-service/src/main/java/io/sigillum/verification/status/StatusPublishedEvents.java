package io.sigillum.verification.status;

import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventListener;
import io.sigillum.events.MalformedEventException;
import io.sigillum.platform.messaging.BrokerConnections;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to {@code status.published} on the topic {@code sigillum.status.published} (payload
 * {@code {uri, list_id, version}}) and fires {@link StatusListPublished}, so this replica's cached
 * copy of that list is dropped and the next check fetches the new one. A non-durable subscription
 * per replica: an event missed while the broker is away costs only the cache's own expiry, and
 * the subscription is opened again every {@code sigillum.verification.status.reconnect} seconds
 * until the broker is back.
 */
@ApplicationScoped
public class StatusPublishedEvents {

    static final String TOPIC = "sigillum.status.published";
    static final String TYPE = "status.published";
    private static final Logger LOG = Logger.getLogger(StatusPublishedEvents.class.getName());

    private final BrokerConnections broker;
    private final Event<StatusListPublished> published;
    private final boolean enabled;
    private final long reconnectSeconds;
    private ScheduledExecutorService scheduler;
    private volatile JMSContext context;
    private volatile JMSContext dropped;

    @Inject
    StatusPublishedEvents(BrokerConnections broker, Event<StatusListPublished> published,
                          @ConfigProperty(name = "sigillum.verification.status.events", defaultValue = "true") boolean enabled,
                          @ConfigProperty(name = "sigillum.verification.status.reconnect", defaultValue = "10") long reconnectSeconds) {
        this.broker = broker;
        this.published = published;
        this.enabled = enabled;
        this.reconnectSeconds = reconnectSeconds;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("status-events").factory());
        scheduler.scheduleWithFixedDelay(this::subscribe, 0, reconnectSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        close();
    }

    /** Whether the subscription is open now (for health). */
    public boolean subscribed() {
        return context != null;
    }

    private void subscribe() {
        JMSContext lost = dropped;
        if (lost != null) {
            // Closed here, not in the exception listener: the client calls that on its own threads.
            dropped = null;
            closeQuietly(lost);
        }
        if (context != null) {
            return;
        }
        try {
            JMSContext opened = broker.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            opened.setExceptionListener(failure -> {
                LOG.warning(() -> "status.published subscription lost: " + failure.getMessage());
                dropped = opened;
                context = null;
            });
            JMSConsumer consumer = opened.createConsumer(EventDestination.topic(TOPIC).in(opened));
            consumer.setMessageListener(message -> {
                try {
                    handle(JmsEventListener.decode(message));
                } catch (MalformedEventException | IllegalArgumentException e) {
                    // A cache hint that cannot be read is dropped: redelivering it would not make it readable.
                    LOG.log(Level.WARNING, "status.published event ignored: {0}", e.getMessage());
                }
            });
            opened.start();
            context = opened;
            LOG.info("listening to " + TOPIC);
        } catch (JMSRuntimeException e) {
            LOG.log(Level.FINE, "broker not reachable for " + TOPIC + ": {0}", e.getMessage());
        }
    }

    void handle(EventEnvelope event) {
        if (!TYPE.equals(event.type()) || !event.payload().containsKey("uri")) {
            return;
        }
        URI uri = URI.create(event.payload().getString("uri"));
        published.fire(new StatusListPublished(uri));
    }

    private void close() {
        JMSContext current = context;
        context = null;
        if (current != null) {
            closeQuietly(current);
        }
    }

    private static void closeQuietly(JMSContext jms) {
        try {
            jms.close();
        } catch (JMSRuntimeException ignored) {
            // already gone
        }
    }
}
