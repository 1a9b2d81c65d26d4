package io.sigillum.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while a connection to the broker can be opened and started. */
@Readiness
@ApplicationScoped
class BrokerReadiness implements HealthCheck {

    private final BrokerConnections broker;

    @Inject
    BrokerReadiness(BrokerConnections broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker").withData("url", broker.url());
        try (JMSContext context = broker.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.start();
            return response.up().build();
        } catch (JMSRuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
