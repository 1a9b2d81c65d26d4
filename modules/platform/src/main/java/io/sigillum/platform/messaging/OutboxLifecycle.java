package io.sigillum.platform.messaging;

import io.sigillum.events.OutboxRelay;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Runs this replica's outbox relay from start-up to shutdown, in the services that keep an outbox
 * ({@code sigillum.outbox.relay=true}, with the table of {@link io.sigillum.events.OutboxSchema}
 * in their schema); producers wake it after their transaction commits, and it polls besides, so
 * an event is never left behind.
 */
@ApplicationScoped
public class OutboxLifecycle {

    private final DataSource dataSource;
    private final BrokerConnections broker;
    private final boolean enabled;
    private final String service;
    private volatile OutboxRelay relay;

    @Inject
    OutboxLifecycle(@Named("sigillum") DataSource dataSource, BrokerConnections broker,
                    @ConfigProperty(name = "sigillum.outbox.relay", defaultValue = "false") boolean enabled,
                    @ConfigProperty(name = "sigillum.service.name") String service) {
        this.dataSource = dataSource;
        this.broker = broker;
        this.enabled = enabled;
        this.service = service;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            relay = OutboxRelay.builder(dataSource, () -> broker.createContext(JMSContext.AUTO_ACKNOWLEDGE))
                    .pollInterval(Duration.ofSeconds(1)).name(service + "-outbox-relay").start();
        }
    }

    /** Asks the relay to send now: called after a transaction that appended events committed. */
    public void wake() {
        OutboxRelay running = relay;
        if (running != null) {
            running.wake();
        }
    }

    /** The relay's counters, for health and metrics. */
    public OutboxRelay.Counters counters() {
        OutboxRelay running = relay;
        return running == null ? new OutboxRelay.Counters(0, 0, 0, 0) : running.counters();
    }

    @PreDestroy
    void stop() {
        OutboxRelay running = relay;
        if (running != null) {
            running.close();
        }
    }
}
