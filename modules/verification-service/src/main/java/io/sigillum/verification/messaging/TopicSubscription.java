package io.sigillum.verification.messaging;

import io.sigillum.events.EventDestination;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventListener;
import io.sigillum.events.MalformedEventException;
import io.sigillum.platform.messaging.BrokerConnections;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A non-durable subscription of this replica to a topic of cache hints: every replica gets every
 * event, and an event missed while the broker is away costs only the cache's own expiry. Opened
 * again every few seconds until the broker is back. An event that cannot be read is dropped
 * (redelivery would not make it readable).
 */
public final class TopicSubscription implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicSubscription.class.getName());

    private final BrokerConnections broker;
    private final String topic;
    private final Consumer<EventEnvelope> handler;
    private final ScheduledExecutorService scheduler;
    private volatile JMSContext context;
    private volatile JMSContext dropped;

    private TopicSubscription(BrokerConnections broker, String topic, Consumer<EventEnvelope> handler, long reconnectSeconds) {
        this.broker = broker;
        this.topic = topic;
        this.handler = handler;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("topic-" + topic).factory());
        scheduler.scheduleWithFixedDelay(this::subscribe, 0, reconnectSeconds, TimeUnit.SECONDS);
    }

    /** Subscribes now and keeps the subscription open. */
    public static TopicSubscription open(BrokerConnections broker, String topic, Consumer<EventEnvelope> handler,
                                         long reconnectSeconds) {
        return new TopicSubscription(broker, topic, handler, reconnectSeconds);
    }

    /** Whether the subscription is open now. */
    public boolean subscribed() {
        return context != null;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        JMSContext current = context;
        context = null;
        if (current != null) {
            closeQuietly(current);
        }
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
                LOG.warning(() -> topic + " subscription lost: " + failure.getMessage());
                dropped = opened;
                context = null;
            });
            JMSConsumer consumer = opened.createConsumer(EventDestination.topic(topic).in(opened));
            consumer.setMessageListener(message -> {
                try {
                    handler.accept(JmsEventListener.decode(message));
                } catch (MalformedEventException | IllegalArgumentException | ClassCastException | NullPointerException e) {
                    LOG.log(Level.WARNING, topic + " event ignored: {0}", e.getMessage());
                }
            });
            opened.start();
            context = opened;
            LOG.info(() -> "listening to " + topic);
        } catch (JMSRuntimeException e) {
            LOG.log(Level.FINE, "broker not reachable for " + topic + ": {0}", e.getMessage());
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
