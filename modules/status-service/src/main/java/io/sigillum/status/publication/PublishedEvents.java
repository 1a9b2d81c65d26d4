package io.sigillum.status.publication;

import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventPublisher;
import io.sigillum.platform.messaging.BrokerConnections;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.json.Json;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces each publication as a {@code status.published} event on the topic
 * {@value #TOPIC} (payload: {@code uri}, {@code list_id}, {@code version}), so verifiers and the
 * gateway drop their cached copy at once instead of at its {@code ttl}. The announcement is a
 * hint: a lost one delays a cache by at most the token's ttl, so a broker outage never stops
 * publication.
 */
@ApplicationScoped
public class PublishedEvents {

    /** The topic verifiers and the gateway subscribe to. */
    public static final String TOPIC = "sigillum.status.published";
    /** The event's type. */
    public static final String TYPE = "status.published";

    private static final Logger LOG = Logger.getLogger(PublishedEvents.class.getName());

    private final BrokerConnections broker;
    // The publication thread sends; shutdown closes: the two meet on this object's lock.
    private long unsent;
    private JMSContext context;
    private JmsEventPublisher publisher;

    @Inject
    PublishedEvents(BrokerConnections broker) {
        this.broker = broker;
    }

    synchronized void published(String uri, String listId, long version) {
        EventEnvelope event = EventEnvelope.of(TYPE, 1, Json.createObjectBuilder()
                .add("uri", uri).add("list_id", listId).add("version", version).build());
        try {
            if (publisher == null) {
                // One connection kept for every announcement, not a TCP and session set-up per publication.
                context = broker.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                publisher = new JmsEventPublisher(context);
            }
            publisher.publish(context.createTopic(TOPIC), event);
            if (unsent > 0) {
                LOG.info("status.published is sent again; " + unsent + " announcements were lost while the broker was away");
                unsent = 0;
            }
        } catch (JMSRuntimeException | IllegalStateException e) {
            close();
            // Once per outage, not once per publication: the log would say nothing new twice a second.
            if (unsent++ == 0) {
                LOG.warning(() -> "status.published not sent (" + e.getMessage() + "); caches keep tokens up to their ttl"
                        + " until the broker is back");
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                LOG.log(Level.FINE, "closing a lost broker connection", e);
            }
        }
        context = null;
        publisher = null;
    }
}
