package io.sigillum.devstack.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.devstack.StackException;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceCommandLine;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until the verification service holds the trust registry's current snapshot, so that
 * {@code up} returns a stack whose verifier already trusts what was just seeded: the service
 * learns of changes from {@code trust.changed} events, a moment after the registry commits them.
 */
public final class TrustPropagation {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final AdminClient admin;
    private final PrintStream out;

    /** @param admin a client with the {@code trust-admin} role */
    public TrustPropagation(AdminClient admin, PrintStream out) {
        this.admin = admin;
        this.out = out;
    }

    public void await() {
        long current = admin.get(URI.create(base("trust-registry") + "/snapshot"), 200).path("version").asLong();
        URI health = URI.create(base("verification") + "/health/ready");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (heldVersion(health) < current) {
            if (Instant.now().isAfter(deadline)) {
                out.println("Trust registry: the verification service has not taken snapshot version " + current
                        + " yet; presentations are checked against an older one until it does.");
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted", e);
            }
        }
    }

    private long heldVersion(URI health) {
        try {
            for (JsonNode check : admin.get(health, 200).path("checks")) {
                if (check.path("name").asText().equals("trust")) {
                    return check.path("data").path("version").asLong(-1);
                }
            }
        } catch (StackException e) {
            // Not ready this instant (503 while a dependency is down): ask again.
        }
        return -1;
    }

    private static String base(String service) {
        return ServiceCommandLine.url(ServiceCatalog.service(service).orElseThrow());
    }
}
