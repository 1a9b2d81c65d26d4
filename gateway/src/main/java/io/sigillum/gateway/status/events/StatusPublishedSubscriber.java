package io.sigillum.gateway.status.events;

import io.helidon.config.Config;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventListener;
import io.sigillum.events.MalformedEventException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A non-durable subscription to the topic {@value #TOPIC}: for each {@code status.published}
 * event (payload {@code {uri, list_id, version}}) it hands the list id on. Events are hints: one
 * missed while the broker is away delays a refresh to the token's max-age at most, and each
 * (re)connection refreshes every held list, so the gateway starts and serves without a broker.
 *
 * <p>Configuration: {@code sigillum.broker.url} (none: no subscription), {@code sigillum.broker.user},
 * {@code sigillum.broker.password}, {@code sigillum.broker.initial-context-factory} (default Artemis's
 * JNDI factory, found on the class path, never required as a module), and
 * {@code sigillum.gateway.status.reconnect-max} (default {@code PT30S}), the cap of the doubling
 * pause between attempts to reach the broker.
 */
public final class StatusPublishedSubscriber implements AutoCloseable {

    /** The topic the status service announces publications on. */
    public static final String TOPIC = "sigillum.status.published";
    /** The event type. */
    public static final String TYPE = "status.published";

    static final String DEFAULT_INITIAL_CONTEXT_FACTORY = "org.apache.activemq.artemis.jndi.ActiveMQInitialContextFactory";
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(StatusPublishedSubscriber.class.getName());

    private final String url;
    private final String user;
    private final String password;
    private final String initialContextFactory;
    private final Duration maxPause;
    private final Consumer<String> onPublished;
    private final Runnable onConnected;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile CountDownLatch connection = new CountDownLatch(1);
    private volatile boolean connected;
    private Thread thread;

    private StatusPublishedSubscriber(String url, String user, String password, String initialContextFactory, Duration maxPause,
                                      Consumer<String> onPublished, Runnable onConnected) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.initialContextFactory = initialContextFactory;
        this.maxPause = maxPause;
        this.onPublished = onPublished;
        this.onConnected = onConnected;
    }

    /**
     * @param onPublished gets the {@code list_id} of each event
     * @param onConnected runs after each successful (re)connection: events may have been missed
     */
    public static StatusPublishedSubscriber fromConfig(Config config, Consumer<String> onPublished, Runnable onConnected) {
        Config broker = config.get("sigillum.broker");
        return new StatusPublishedSubscriber(
                broker.get("url").asString().orElse(null),
                broker.get("user").asString().orElse(null),
                broker.get("password").asString().orElse(null),
                broker.get("initial-context-factory").asString().orElse(DEFAULT_INITIAL_CONTEXT_FACTORY),
                config.get("sigillum.gateway.status.reconnect-max").as(Duration.class).orElse(Duration.ofSeconds(30)),
                onPublished, onConnected);
    }

    /** Starts subscribing in the background; returns at once, whether or not the broker is there. */
    public synchronized void start() {
        if (url == null) {
            LOG.info("no sigillum.broker.url: status lists refresh by their max-age only");
            return;
        }
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("status-published-subscriber").start(this::run);
        }
    }

    /** Whether the subscription is live now. */
    public boolean connected() {
        return connected;
    }

    @Override
    public synchronized void close() {
        closed.countDown();
        connection.countDown();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        ConnectionFactory factory;
        try {
            factory = lookup();
        } catch (NamingException | RuntimeException e) {
            LOG.warning(() -> "no JMS connection factory (" + e + "): status lists refresh by their max-age only");
            return;
        }
        Backoff backoff = new Backoff(FIRST_PAUSE, maxPause);
        boolean warned = false;
        while (closed.getCount() > 0) {
            try {
                subscribe(factory, backoff);
                warned = false;
            } catch (JMSRuntimeException e) {
                // One warning per outage, not one per attempt.
                LOG.log(warned ? Level.FINE : Level.WARNING, "status.published subscription unavailable, retrying: " + e.getMessage());
                warned = true;
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (closed.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Connects, consumes until the connection is lost or the subscriber closed, then returns. */
    private void subscribe(ConnectionFactory factory, Backoff backoff) throws InterruptedException {
        CountDownLatch lost = new CountDownLatch(1);
        connection = lost;
        if (closed.getCount() == 0) {
            return;
        }
        try (JMSContext context = user == null ? factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)
                : factory.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE)) {
            context.setExceptionListener(e -> lost.countDown());
            JMSConsumer consumer = context.createConsumer(context.createTopic(TOPIC));
            consumer.setMessageListener(this::onMessage);
            context.start();
            connected = true;
            backoff.reset();
            LOG.info("subscribed to " + TOPIC);
            onConnected.run();
            lost.await();
        } finally {
            connected = false;
        }
        if (closed.getCount() > 0) {
            LOG.warning("lost the broker; status lists refresh by their max-age until it is back");
        }
    }

    private void onMessage(Message message) {
        try {
            EventEnvelope event = JmsEventListener.decode(message);
            if (!TYPE.equals(event.type())) {
                return;
            }
            JsonValue listId = event.payload().get("list_id");
            if (listId instanceof JsonString id) {
                onPublished.accept(id.getString());
            } else {
                LOG.warning(() -> TYPE + " event " + event.id() + " has no list_id");
            }
        } catch (MalformedEventException e) {
            // Non-durable and auto-acknowledged: a bad message is logged and dropped, never redelivered in a loop.
            LOG.warning(() -> "unreadable " + TOPIC + " message: " + e.getMessage());
        }
    }

    private ConnectionFactory lookup() throws NamingException {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, initialContextFactory);
        environment.put("connectionFactory.sigillum", url);
        Context context = new InitialContext(environment);
        try {
            return (ConnectionFactory) context.lookup("sigillum");
        } finally {
            context.close();
        }
    }
}
