package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.service.LiveHealth;
import io.sigillum.benchmarks.service.ServiceProcess;
import io.sigillum.benchmarks.service.ServiceProperties;
import io.sigillum.benchmarks.service.TokenIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three services an issuance crosses, as real child processes from their packaged jars, on
 * loopback ports over plain HTTP, each with its own H2 file database in the run's directory:
 * key management (software backend, {@code credential-signing} and {@code status-list-signing}
 * provisioned), status (lists signed through key management) and issuance (credentials signed
 * through key management, status entries from the status service, with its own service token:
 * {@code sub} {@code issuance}, roles {@code kms-signer} and {@code status-issuer}).
 *
 * <p>No broker: issuance publishes events only when credentials are revoked or suspended, and the
 * status service's events only announce new list versions, neither of which an issuance needs;
 * every service is pointed at a loopback port nothing listens on.
 */
final class IssuanceStack implements AutoCloseable {

    /** The public identifier the issuer is configured with; proofs name it, requests go to the real port. */
    static final String CREDENTIAL_ISSUER = "https://localhost:8443";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED");

    private final ServiceProcess keyManagement;
    private final ServiceProcess status;
    private final ServiceProcess issuance;
    private final List<String> providers;

    private IssuanceStack(ServiceProcess keyManagement, ServiceProcess status, ServiceProcess issuance,
                          List<String> providers) {
        this.keyManagement = keyManagement;
        this.status = status;
        this.issuance = issuance;
        this.providers = providers;
    }

    /**
     * Starts the three (at once: they find each other only when the first issuance needs them)
     * and waits until each is live.
     */
    static IssuanceStack start(IssuanceOptions options, TokenIssuer tokens, Path work, HttpClient client)
            throws IOException, InterruptedException {
        int kmsPort = ServiceProcess.freePort();
        int statusPort = ServiceProcess.freePort();
        int issuancePort = ServiceProcess.freePort();
        URI kmsUrl = URI.create("http://127.0.0.1:" + kmsPort);
        URI statusUrl = URI.create("http://127.0.0.1:" + statusPort);
        String deadBroker = ServiceProperties.deadBroker();
        List<ServiceProcess> started = new ArrayList<>();
        try {
            Map<String, String> kms = common("key-management", kmsPort, work, tokens, deadBroker);
            kms.put("sigillum.kms.master-key-file", work.resolve("key-management/master.key").toAbsolutePath().toString());
            kms.put("sigillum.kms.provision", "status-list-signing:default,credential-signing:default");
            started.add(ServiceProcess.start(options.jars().keyManagement(), options.heap(), JVM, kmsPort, kms, Map.of(),
                    work.resolve("key-management.log")));

            Map<String, String> statusProperties = common("status", statusPort, work, tokens, deadBroker);
            statusProperties.put("sigillum.status.signer", "kms");
            statusProperties.put("sigillum.kms.url", kmsUrl.toString());
            statusProperties.put("sigillum.kms.token-file",
                    tokens.tokenFile(work, "status", List.of("kms-signer")).toAbsolutePath().toString());
            started.add(ServiceProcess.start(options.jars().status(), options.heap(), JVM, statusPort, statusProperties,
                    Map.of(), work.resolve("status.log")));

            Map<String, String> issuanceProperties = common("issuance", issuancePort, work, tokens, deadBroker);
            issuanceProperties.put("sigillum.issuance.credential-issuer", CREDENTIAL_ISSUER);
            issuanceProperties.put("sigillum.kms.url", kmsUrl.toString());
            issuanceProperties.put("sigillum.issuance.status.url", statusUrl.toString());
            issuanceProperties.put("sigillum.issuance.service-token-file",
                    tokens.tokenFile(work, "issuance", List.of("kms-signer", "status-issuer")).toAbsolutePath().toString());
            List<String> issuanceJvm = new ArrayList<>(JVM);
            issuanceJvm.addAll(options.serviceJvm());
            started.add(ServiceProcess.start(options.jars().issuance(), options.heap(), issuanceJvm, issuancePort,
                    issuanceProperties, Map.of(), work.resolve("issuance.log")));

            List<String> providers = new ArrayList<>();
            for (ServiceProcess service : started) {
                providers.add(LiveHealth.provider(service.awaitLive(client, START_TIMEOUT)));
            }
            return new IssuanceStack(started.get(0), started.get(1), started.get(2), List.copyOf(providers));
        } catch (IOException | InterruptedException | RuntimeException e) {
            started.reversed().forEach(ServiceProcess::close);
            throw e;
        }
    }

    private static Map<String, String> common(String name, int port, Path work, TokenIssuer tokens, String broker)
            throws IOException {
        return ServiceProperties.of(port, Files.createDirectories(work.resolve(name)), tokens, broker);
    }

    ServiceProcess keyManagement() {
        return keyManagement;
    }

    ServiceProcess status() {
        return status;
    }

    ServiceProcess issuance() {
        return issuance;
    }

    /** @return the crypto provider each service reports, key management, status, issuance */
    List<String> providers() {
        return providers;
    }

    /** Stops issuance first, then status, then key management. */
    @Override
    public void close() {
        issuance.close();
        status.close();
        keyManagement.close();
    }
}
