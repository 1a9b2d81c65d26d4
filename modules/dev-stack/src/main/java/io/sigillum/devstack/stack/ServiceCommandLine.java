package io.sigillum.devstack.stack;

import io.sigillum.devstack.pki.DevPki;
import io.sigillum.devstack.process.JavaRuntime;
import io.sigillum.devstack.process.LaunchSpec;
import io.sigillum.devstack.secrets.StackSecrets;
import io.sigillum.devstack.token.DevTokenFactory;
import io.sigillum.devstack.token.ServiceTokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment of one service: JVM options for a fast start, and the
 * configuration as system properties, which MicroProfile Config reads before the service's own
 * {@code microprofile-config.properties}.
 *
 * <p>Secrets never appear on the command line, where {@code ps} would show them: they go in as
 * environment variables, which MicroProfile Config maps to property names
 * ({@code SIGILLUM_TLS_PASSWORD} is {@code sigillum.tls.password}), and the TLS passphrase
 * property refers to that by the expression {@code ${sigillum.tls.password}}.
 */
public final class ServiceCommandLine {

    /** Environment variable that carries {@code sigillum.tls.password}. */
    public static final String TLS_PASSWORD_ENV = "SIGILLUM_TLS_PASSWORD";
    /** Environment variable that carries {@code sigillum.broker.password}. */
    public static final String BROKER_PASSWORD_ENV = "SIGILLUM_BROKER_PASSWORD";
    /** Loopback only: the dev stack is not reachable from other machines. */
    public static final String HOST = "127.0.0.1";
    /** Set to {@code full} for the JIT's peak performance (load tests) instead of a quick start. */
    public static final String JIT_ENV = "SIGILLUM_JIT";

    private final StackLayout layout;
    private final StackSecrets secrets;
    private final boolean quickStart;

    /**
     * Command lines that start quickly unless {@value #JIT_ENV} is {@code full}.
     *
     * @param layout  where the files are
     * @param secrets the passwords to hand over through the environment
     */
    public ServiceCommandLine(StackLayout layout, StackSecrets secrets) {
        this(layout, secrets, !"full".equals(System.getenv(JIT_ENV)));
    }

    /**
     * @param layout     where the files are
     * @param secrets    the passwords to hand over through the environment
     * @param quickStart compile with C1 only: seven JVMs starting on two cores spend most of their
     *                   start in C2 compilation; measured here, a first start went from about 104 s
     *                   to 87 s and a start with class-data archives to 36 s, at the cost of peak speed
     */
    public ServiceCommandLine(StackLayout layout, StackSecrets secrets, boolean quickStart) {
        this.layout = layout;
        this.secrets = secrets;
        this.quickStart = quickStart;
    }

    /**
     * @param service the service
     * @return how to start it
     */
    public LaunchSpec launchSpec(ServiceDefinition service) {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.javaLauncher().toString());
        command.addAll(jvmOptions(service));
        systemProperties(service).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar(service));
        Map<String, String> environment = Map.of(
                TLS_PASSWORD_ENV, secrets.tlsPassword(),
                BROKER_PASSWORD_ENV, secrets.brokerPassword());
        return new LaunchSpec(service.name(), command, environment, layout.root(),
                layout.log(service.name()), layout.pidFile(service.name()), List.of(jar(service)));
    }

    /**
     * @param service the service
     * @return its configuration, in the order it appears on the command line
     */
    public Map<String, String> systemProperties(ServiceDefinition service) {
        String name = service.name();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.host", HOST);
        properties.put("server.port", Integer.toString(service.port()));
        // Helidon 4 WebServer TLS (io.helidon.common.tls / io.helidon.common.pki keystore keys).
        properties.put("server.tls.private-key.keystore.resource.path", layout.keyStore(name).toString());
        properties.put("server.tls.private-key.keystore.key.alias", DevPki.KEY_ALIAS);
        properties.put("server.tls.private-key.keystore.passphrase", "${sigillum.tls.password}");
        properties.put("sigillum.tls.key-store.path", layout.keyStore(name).toString());
        properties.put("sigillum.tls.trust-store.path", layout.trustStore().toString());
        if (service.database()) {
            properties.put("sigillum.db.url", "jdbc:h2:file:" + layout.serviceData(name).resolve("db")
                    + ";DATABASE_TO_LOWER=TRUE");
            // Narayana's transaction log; its default, ./ObjectStore, would be shared by all services.
            properties.put("ObjectStoreEnvironmentBean.objectStoreDir",
                    layout.serviceData(name).resolve("tx-object-store").toString());
        }
        properties.put("sigillum.broker.url", "tcp://" + HOST + ":" + ServiceCatalog.BROKER_PORT);
        properties.put("sigillum.broker.user", ServiceCatalog.BROKER_USER);
        if (!name.equals(ServiceCatalog.GATEWAY)) {
            properties.put("mp.jwt.verify.publickey.location", layout.jwtPublicKey().toString());
            properties.put("mp.jwt.verify.issuer", DevTokenFactory.ISSUER);
        }
        if (name.equals("status")) {
            // Status lists are signed by the key-management service, with this service's token.
            properties.put("sigillum.kms.url", url(ServiceCatalog.service("key-management").orElseThrow()));
            properties.put("sigillum.kms.token-file", ServiceTokens.file(layout, name).toString());
        }
        if (name.equals("issuance")) {
            // Credentials are signed by the key-management service and get status entries from the
            // status service, both with this service's token.
            properties.put("sigillum.kms.url", url(ServiceCatalog.service("key-management").orElseThrow()));
            properties.put("sigillum.issuance.status.url", url(ServiceCatalog.service("status").orElseThrow()));
            properties.put("sigillum.issuance.service-token-file", ServiceTokens.file(layout, name).toString());
        }
        if (name.equals("verification")) {
            // Request objects are signed by the key-management service; trust comes from the registry,
            // both with this service's token. Wallets reach the verifier through the gateway.
            properties.put("sigillum.kms.url", url(ServiceCatalog.service("key-management").orElseThrow()));
            properties.put("sigillum.verification.trust.url", url(ServiceCatalog.service("trust-registry").orElseThrow()));
            properties.put("sigillum.verification.service-token-file", ServiceTokens.file(layout, name).toString());
            properties.put("sigillum.verification.public-url", ServiceCatalog.PUBLIC_URL + "/verifier");
        }
        if (name.equals("key-management")) {
            // The keys the stack's services sign with from the first start.
            properties.put("sigillum.kms.provision",
                    "status-list-signing:default,credential-signing:default,request-object-signing:default");
        }
        if (name.equals(ServiceCatalog.GATEWAY)) {
            for (ServiceDefinition upstream : ServiceCatalog.upstreams()) {
                properties.put("sigillum.gateway.upstream." + upstream.name() + ".url", url(upstream));
            }
            // The admin routes' bearer tokens, checked at the gateway with the key the services use.
            properties.put("sigillum.gateway.jwt.publickey.location", layout.jwtPublicKey().toString());
            properties.put("sigillum.gateway.jwt.issuer", DevTokenFactory.ISSUER);
        }
        return properties;
    }

    /**
     * @param service a service
     * @return its base URL, e.g. {@code https://127.0.0.1:8081}
     */
    public static String url(ServiceDefinition service) {
        return "https://" + HOST + ":" + service.port();
    }

    private List<String> jvmOptions(ServiceDefinition service) {
        // Serial GC: six JVMs share two cores, and a parallel collector per JVM would fight for them.
        // The per-process CDS archive is written at the first exit and makes later starts faster;
        // its dozens of "cannot archive class X" warnings at that exit would bury the service's log.
        // Native access for the JDBC and messaging drivers' native code, without a warning per start.
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + layout.cdsArchive(service.name()),
                "-Xlog:cds=off,cds+dynamic=off"));
        if (quickStart) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return options;
    }

    private String jar(ServiceDefinition service) {
        return layout.resolve(service.jar()).toString();
    }
}
