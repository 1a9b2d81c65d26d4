package io.sigillum.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while a monitored connection to the broker is up. The connection is opened once and kept:
 * probes arrive every few seconds from every replica, and a connection per probe would load the
 * broker with logins. When the broker drops it, the exception listener forgets it and the next
 * probe reports DOWN while it tries to open a new one.
 */
@Readiness
@ApplicationScoped
class BrokerReadiness implements HealthCheck {

    private final BrokerConnections broker;
    private JMSContext monitored;
    private JMSContext dropped;

    @Inject
    BrokerReadiness(BrokerConnections broker) {
        this.broker = broker;
    }

    @Override
    public synchronized HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker").withData("url", broker.url());
        if (dropped != null) {
            // Closed here, not in the listener: the client calls the listener on its own threads.
            closeQuietly(dropped);
            dropped = null;
        }
        if (monitored != null) {
            return response.up().build();
        }
        try {
            JMSContext context = broker.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            context.setExceptionListener(failure -> dropped(context));
            context.start();
            monitored = context;
            return response.up().build();
        } catch (JMSRuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private synchronized void dropped(JMSContext context) {
        if (monitored == context) {
            monitored = null;
            dropped = context;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (monitored != null) {
            closeQuietly(monitored);
            monitored = null;
        }
    }

    private static void closeQuietly(JMSContext context) {
        try {
            context.close();
        } catch (JMSRuntimeException | IllegalStateException ignored) {
            // The connection is gone already; there is nothing left to release.
        }
    }
}
