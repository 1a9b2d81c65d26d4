package io.sigillum.status.command;

import io.sigillum.events.JmsEventListener;
import io.sigillum.events.MalformedEventException;
import io.sigillum.platform.messaging.BrokerConnections;
import io.sigillum.status.list.PersistenceWarmUp;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes the queue {@value StatusCommand#QUEUE} in a transacted session: a message is
 * acknowledged only after its command's database transaction committed, and rolled back when that
 * failed, so the broker redelivers it a bounded number of times and then moves it to the
 * dead-letter queue. Messages are persistent and wait in the queue while this service is down.
 * Reconnects with backoff when the broker goes away.
 */
@ApplicationScoped
public class CommandIntake {

    private static final Logger LOG = Logger.getLogger(CommandIntake.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final BrokerConnections broker;
    private final CommandHandler handler;
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("status-command-intake").daemon().factory());
    private JMSContext context;
    private Duration retry = FIRST_RETRY;
    private volatile boolean stopped;

    @Inject
    CommandIntake(BrokerConnections broker, CommandHandler handler) {
        this.broker = broker;
        this.handler = handler;
    }

    void start(@Observes @Priority(PersistenceWarmUp.AFTER_DEPLOYMENT) @Initialized(ApplicationScoped.class) Object started) {
        connector.execute(this::connect);
    }

    /** Closes the session and waits: no message may be handled by a container that is closing. */
    @PreDestroy
    void stop() {
        stopped = true;
        connector.execute(this::disconnect);
        connector.shutdown();
        try {
            connector.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void connect() {
        if (stopped || context != null) {
            return;
        }
        try {
            JMSContext opened = broker.createContext(JMSContext.SESSION_TRANSACTED);
            opened.setExceptionListener(lost -> connector.execute(this::reconnect));
            opened.createConsumer(opened.createQueue(StatusCommand.QUEUE)).setMessageListener(message -> consume(opened, message));
            context = opened;
            retry = FIRST_RETRY;
            LOG.info(() -> "consuming status commands from " + StatusCommand.QUEUE);
        } catch (JMSRuntimeException | IllegalStateException e) {
            LOG.warning(() -> "status commands not consumed yet, broker unreachable (" + e.getMessage() + "); again in " + retry);
            connector.schedule(this::connect, retry.toMillis(), TimeUnit.MILLISECONDS);
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private void reconnect() {
        disconnect();
        connect();
    }

    private void disconnect() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                LOG.log(Level.FINE, "closing a lost broker connection", e);
            }
            context = null;
        }
    }

    private void consume(JMSContext session, Message message) {
        try {
            StatusCommand command = StatusCommand.of(JmsEventListener.decode(message));
            CommandOutcome outcome = handler.handle(command);
            session.commit();
            LOG.fine(() -> "status command " + command.eventId() + ": " + outcome.value());
        } catch (RuntimeException e) {
            // Redelivered a bounded number of times, then dead-lettered; the payload is not logged.
            LOG.log(e instanceof MalformedEventException ? Level.WARNING : Level.SEVERE,
                    "status command " + messageId(message) + " failed, rolled back: " + e.getMessage());
            session.rollback();
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }
}
