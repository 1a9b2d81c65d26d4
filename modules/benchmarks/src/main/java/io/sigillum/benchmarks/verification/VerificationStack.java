package io.sigillum.benchmarks.verification;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five services a presentation of an issued PID crosses, as child processes from their jars,
 * each on a loopback port over TLS ({@link RunTls}) with its own H2 file database, configured as
 * the dev stack configures them: key management (software backend; {@code status-list-signing},
 * {@code credential-signing} and {@code request-object-signing} provisioned; issuer leaves naming
 * the issuance service's identifier), status (lists signed through key management, served under
 * its own URL, which credentials carry), trust registry, issuance (credentials signed through key
 * management, status entries from the status service) and verification (request objects signed
 * through key management, trust from the registry, status lists fetched from the status service;
 * its service token has {@code sub} {@code verification} and the roles {@code kms-signer} and
 * {@code verifier-rp}; its public URL is its own address). No gateway: everyone goes straight to
 * the services.
 *
 * <p>No broker: nothing a presentation does waits for an event. Without one the verifier learns
 * of the seeded issuer at its next snapshot refresh (once a minute) rather than at once, which
 * {@link TrustSeeding#awaitVerifier} waits for; each service is pointed at a port nothing listens on.
 */
final class VerificationStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED");

    private final Map<String, ServiceProcess> services;
    private final List<String> providers;
    private final String credentialIssuer;

    private VerificationStack(Map<String, ServiceProcess> services, List<String> providers, String credentialIssuer) {
        this.services = services;
        this.providers = providers;
        this.credentialIssuer = credentialIssuer;
    }

    /** Starts the five at once (they find each other only when first used) and waits until each is live. */
    static VerificationStack start(VerificationOptions options, TokenIssuer tokens, RunTls tls, Path work, HttpClient client)
            throws IOException, InterruptedException {
        int kmsPort = ServiceProcess.freePort();
        int statusPort = ServiceProcess.freePort();
        int trustPort = ServiceProcess.freePort();
        int issuancePort = ServiceProcess.freePort();
        int verificationPort = ServiceProcess.freePort();
        String kmsUrl = "https://127.0.0.1:" + kmsPort;
        String credentialIssuer = "https://localhost:" + issuancePort;
        String broker = ServiceProperties.deadBroker();
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        try {
            Map<String, String> kms = common("key-management", kmsPort, work, tokens, tls, broker);
            kms.put("sigillum.kms.master-key-file", work.resolve("key-management/master.key").toAbsolutePath().toString());
            kms.put("sigillum.kms.provision", "status-list-signing:default,credential-signing:default,request-object-signing:default");
            // Issuer leaves name the Credential Issuer Identifier: the verifier matches it with the credential's iss.
            kms.put("sigillum.kms.certificates.issuer", credentialIssuer);
            start(started, "key-management", options.jars().keyManagement(), kmsPort, kms, List.of(), options.heap(), tls, work);

            Map<String, String> status = common("status", statusPort, work, tokens, tls, broker);
            status.put("sigillum.status.signer", "kms");
            status.put("sigillum.kms.url", kmsUrl);
            status.put("sigillum.kms.token-file", tokens.tokenFile(work, "status", List.of("kms-signer")).toAbsolutePath().toString());
            // The URL credentials carry and the verifier fetches: the status service's own, over TLS.
            status.put("sigillum.status.base-uri", "https://localhost:" + statusPort + "/status-lists");
            status.put("sigillum.status.aggregation-uri", "https://localhost:" + statusPort + "/status-list-aggregation");
            start(started, "status", options.jars().status(), statusPort, status, List.of(), options.heap(), tls, work);

            Map<String, String> trust = common("trust-registry", trustPort, work, tokens, tls, broker);
            start(started, "trust-registry", options.jars().trustRegistry(), trustPort, trust, List.of(), options.heap(), tls, work);

            Map<String, String> issuance = common("issuance", issuancePort, work, tokens, tls, broker);
            issuance.put("sigillum.issuance.credential-issuer", credentialIssuer);
            issuance.put("sigillum.kms.url", kmsUrl);
            issuance.put("sigillum.issuance.status.url", "https://127.0.0.1:" + statusPort);
            issuance.put("sigillum.issuance.service-token-file",
                    tokens.tokenFile(work, "issuance", List.of("kms-signer", "status-issuer")).toAbsolutePath().toString());
            start(started, "issuance", options.jars().issuance(), issuancePort, issuance, List.of(), options.heap(), tls, work);

            Map<String, String> verification = common("verification", verificationPort, work, tokens, tls, broker);
            verification.put("sigillum.kms.url", kmsUrl);
            verification.put("sigillum.verification.trust.url", "https://127.0.0.1:" + trustPort);
            verification.put("sigillum.verification.service-token-file",
                    tokens.tokenFile(work, "verification", List.of("kms-signer", "verifier-rp")).toAbsolutePath().toString());
            verification.put("sigillum.verification.public-url", "https://localhost:" + verificationPort);
            List<String> verificationJvm = new ArrayList<>(options.serviceJvm());
            if (options.profile() != null) {
                // Jersey, CDI and fault tolerance nest deeply: JFR's default 64 frames cut the resource method off.
                verificationJvm.add("-XX:FlightRecorderOptions:stackdepth=512");
            }
            start(started, "verification", options.jars().verification(), verificationPort, verification,
                    verificationJvm, options.heap(), tls, work);

            List<String> providers = new ArrayList<>();
            for (Map.Entry<String, ServiceProcess> service : started.entrySet()) {
                providers.add(service.getKey() + " " + LiveHealth.provider(service.getValue().awaitLive(client, START_TIMEOUT)));
            }
            return new VerificationStack(started, List.copyOf(providers), credentialIssuer);
        } catch (IOException | InterruptedException | RuntimeException e) {
            new ArrayList<>(started.values()).reversed().forEach(ServiceProcess::close);
            throw e;
        }
    }

    private static void start(Map<String, ServiceProcess> started, String name, Path jar, int port, Map<String, String> properties,
                              List<String> moreJvm, String heap, RunTls tls, Path work) throws IOException {
        List<String> jvm = new ArrayList<>(JVM);
        jvm.addAll(moreJvm);
        started.put(name, ServiceProcess.start(jar, heap, jvm, URI.create("https://127.0.0.1:" + port), properties,
                tls.environment(), work.resolve(name + ".log")));
    }

    private static Map<String, String> common(String name, int port, Path work, TokenIssuer tokens, RunTls tls, String broker)
            throws IOException {
        Map<String, String> properties = ServiceProperties.of(port, Files.createDirectories(work.resolve(name)), tokens, broker);
        properties.putAll(tls.serviceProperties());
        return properties;
    }

    ServiceProcess keyManagement() {
        return services.get("key-management");
    }

    ServiceProcess status() {
        return services.get("status");
    }

    ServiceProcess trustRegistry() {
        return services.get("trust-registry");
    }

    ServiceProcess issuance() {
        return services.get("issuance");
    }

    ServiceProcess verification() {
        return services.get("verification");
    }

    /** @return every service, by name, in the order they started */
    Map<String, ServiceProcess> all() {
        return services;
    }

    /** @return the Credential Issuer Identifier, {@code https://localhost:<issuance port>} */
    String credentialIssuer() {
        return credentialIssuer;
    }

    /** @return the crypto provider each service reports, by name */
    List<String> providers() {
        return providers;
    }

    /** Stops the services in the reverse order of their start. */
    @Override
    public void close() {
        new ArrayList<>(services.values()).reversed().forEach(ServiceProcess::close);
    }
}
