package io.sigillum.devstack.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The processes of the dev stack: the broker and the six Sigillum services, in start order. */
public final class ServiceCatalog {

    /** Name of the Artemis broker process (logs, pid file). */
    public static final String BROKER = "broker";
    /** The broker's core-protocol port: its only acceptor. */
    public static final int BROKER_PORT = 61616;
    /** Broker user every service connects as. */
    public static final String BROKER_USER = "sigillum";
    /** The gateway: the public entry, and the one process without a database. */
    public static final String GATEWAY = "gateway";
    /**
     * The gateway's public URL, as wallets and relying parties reach it: the credential issuer
     * identifier, and the base of the verifier's wallet-facing URLs (plus {@code /verifier}).
     */
    public static final String PUBLIC_URL = "https://localhost:8443";

    private static final List<ServiceDefinition> SERVICES = List.of(
            service("issuance", "modules/issuance-service/target/sigillum-issuance-service.jar", 8081, true),
            service("verification", "modules/verification-service/target/sigillum-verification-service.jar", 8082, true),
            service("status", "modules/status-service/target/sigillum-status-service.jar", 8083, true),
            service("trust-registry", "modules/trust-registry-service/target/sigillum-trust-registry-service.jar", 8084, true),
            service("key-management", "modules/key-management-service/target/sigillum-key-management-service.jar", 8085, true),
            service(GATEWAY, "gateway/target/sigillum-gateway.jar", 8443, false));

    private ServiceCatalog() {
    }

    /** @return the six services, the gateway last */
    public static List<ServiceDefinition> services() {
        return SERVICES;
    }

    /** @return the services the gateway routes to: every service but itself */
    public static List<ServiceDefinition> upstreams() {
        return SERVICES.stream().filter(s -> !s.name().equals(GATEWAY)).toList();
    }

    /** @return the broker's name, then each service's */
    public static List<String> processNames() {
        List<String> names = new ArrayList<>();
        names.add(BROKER);
        SERVICES.forEach(s -> names.add(s.name()));
        return List.copyOf(names);
    }

    /**
     * @param name a service name
     * @return the service, if there is one by that name
     */
    public static Optional<ServiceDefinition> service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static ServiceDefinition service(String name, String jar, int port, boolean database) {
        return new ServiceDefinition(name, Path.of(jar), port, database);
    }
}
