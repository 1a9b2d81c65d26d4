package io.sigillum.devstack.command;

import io.sigillum.devstack.StackException;
import io.sigillum.devstack.broker.ArtemisDistribution;
import io.sigillum.devstack.broker.BrokerInstance;
import io.sigillum.devstack.admin.AdminClient;
import io.sigillum.devstack.health.DevTrust;
import io.sigillum.devstack.health.Readiness;
import io.sigillum.devstack.health.ReadinessClient;
import io.sigillum.devstack.pki.DevJwtKey;
import io.sigillum.devstack.pki.DevPki;
import io.sigillum.devstack.process.JavaRuntime;
import io.sigillum.devstack.process.LaunchSpec;
import io.sigillum.devstack.process.ManagedProcess;
import io.sigillum.devstack.process.PortCheck;
import io.sigillum.devstack.process.ProcessLauncher;
import io.sigillum.devstack.secrets.StackSecrets;
import io.sigillum.devstack.seed.TrustPropagation;
import io.sigillum.devstack.seed.TrustSeed;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceCommandLine;
import io.sigillum.devstack.stack.ServiceDefinition;
import io.sigillum.devstack.stack.StackLayout;
import io.sigillum.devstack.token.DevTokenFactory;
import io.sigillum.devstack.token.ServiceTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code up}: checks, first-start set-up, the broker, then every service until all are ready. */
public final class UpCommand {

    /** How long the whole start may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(60);

    private final StackLayout layout;
    private final PrintStream out;
    private final PrintStream err;

    public UpCommand(StackLayout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code */
    public int run() {
        Instant began = Instant.now();
        JavaRuntime.requireSupportedVersion();
        RunningProcesses running = new RunningProcesses(layout);
        List<String> alreadyRunning = running.read().stream().filter(ProcessState::running).map(ProcessState::name).toList();
        if (alreadyRunning.size() == ServiceCatalog.processNames().size()) {
            out.println("The stack is already running (./sigillum down stops it):");
            return new StatusCommand(layout, out).run();
        }
        if (!alreadyRunning.isEmpty()) {
            throw new StackException("the stack is partly running (" + String.join(", ", alreadyRunning)
                    + "); run ./sigillum down first");
        }
        running.removeStalePidFiles();
        requireJars();
        ArtemisDistribution artemis = ArtemisDistribution.locate(layout);
        requireFreePorts();

        boolean secretsExisted = StackSecrets.load(layout).isPresent();
        StackSecrets secrets = prepareFiles(secretsExisted);
        BrokerInstance broker = new BrokerInstance(layout);
        if (broker.needsCreate(artemis) || !secretsExisted) {
            out.print("Creating the broker instance in var/broker… ");
            out.flush();
            Instant creating = Instant.now();
            broker.create(artemis, secrets.brokerPassword());
            out.println("done in " + Table.seconds(Duration.between(creating, Instant.now())));
        }
        try (HalfStartedStackGuard guard = new HalfStartedStackGuard(err)) {
            try {
                return startAll(guard, broker, secrets, began);
            } catch (RuntimeException e) {
                // Whatever went wrong half-way, leave nothing running.
                guard.stopAll();
                throw e;
            }
        }
    }

    private int startAll(HalfStartedStackGuard guard, BrokerInstance broker, StackSecrets secrets, Instant began) {
        // The services start alongside the broker: they do not need it to start, only to be ready.
        ManagedProcess brokerProcess = start(guard, broker.launchSpec());
        ServiceCommandLine commandLines = new ServiceCommandLine(layout, secrets);
        Map<ManagedProcess, URI> services = new LinkedHashMap<>();
        out.println("Starting " + ServiceCatalog.services().size() + " services…");
        for (ServiceDefinition service : ServiceCatalog.services()) {
            services.put(start(guard, commandLines.launchSpec(service)), URI.create(ServiceCommandLine.url(service)));
        }
        Duration brokerReady = awaitBroker(guard, brokerProcess);
        ReadinessClient client = new ReadinessClient(layout.trustStore(), secrets.tlsPassword());
        StartupWatcher.Outcome outcome = new StartupWatcher(client).await(services, began.plus(TIMEOUT));
        if (outcome instanceof StartupWatcher.Outcome.AllReady ready) {
            guard.disarm();
            printReady(brokerReady, ready.readyAfter(), Duration.between(began, Instant.now()));
            seed(secrets);
            return 0;
        }
        new StartupFailureReport(layout, err).print(outcome);
        guard.stopAll();
        err.println("Stopped everything that was started.");
        return StackException.FAILURE;
    }

    /** What the demo needs on a fresh clone: the deployment's issuer registered as trusted. */
    private void seed(StackSecrets secrets) {
        HttpClient https = HttpClient.newBuilder().sslContext(DevTrust.sslContext(layout.trustStore(), secrets.tlsPassword()))
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        String token = new DevTokenFactory(DevJwtKey.load(layout), Clock.systemUTC())
                .mint("dev-stack", List.of("trust-admin"), Duration.ofMinutes(5));
        AdminClient trustAdmin = new AdminClient(https, token);
        new TrustSeed(trustAdmin, out).run();
        new TrustPropagation(trustAdmin, out).await();
    }

    private void requireJars() {
        List<String> missing = new ArrayList<>();
        for (ServiceDefinition service : ServiceCatalog.services()) {
            if (!Files.isRegularFile(layout.resolve(service.jar()))) {
                missing.add(service.jar().toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StackException((missing.size() == 1 ? missing.get(0) + " is missing"
                    : missing.size() + " service jars are missing (" + missing.get(0) + ", …)")
                    + "; run ./mvnw -DskipTests install first");
        }
    }

    private void requireFreePorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(ServiceCatalog.BROKER_PORT, ServiceCatalog.BROKER);
        ServiceCatalog.services().forEach(s -> ports.put(s.port(), s.name()));
        ports.forEach((port, name) -> {
            if (!PortCheck.isFree(port)) {
                throw new StackException("port " + port + " (" + name + ") is already in use");
            }
        });
    }

    private StackSecrets prepareFiles(boolean secretsExisted) {
        StackSecrets secrets = StackSecrets.loadOrCreate(layout);
        DevPki pki = new DevPki(layout, secrets.tlsPassword());
        if (!secretsExisted) {
            // Stores left from before var/secrets was lost are locked with the old password.
            pki.discardStores();
        }
        List<Path> created = new ArrayList<>(pki.ensure(ServiceCatalog.processNames()));
        created.addAll(DevJwtKey.ensure(layout));
        ServiceTokens.write(layout, new DevTokenFactory(DevJwtKey.load(layout), Clock.systemUTC()));
        try {
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.run());
            Files.createDirectories(layout.cds());
            for (ServiceDefinition service : ServiceCatalog.services()) {
                if (service.database()) {
                    Files.createDirectories(layout.serviceData(service.name()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directories under " + layout.var(), e);
        }
        if (!created.isEmpty()) {
            out.println("Created " + created.size() + " files under var/ (development CA, TLS key stores, JWT key); "
                    + "./sigillum ca prints the CA to trust");
        }
        return secrets;
    }

    private static ManagedProcess start(HalfStartedStackGuard guard, LaunchSpec spec) {
        ManagedProcess process = ProcessLauncher.start(spec);
        guard.add(process);
        return process;
    }

    private Duration awaitBroker(HalfStartedStackGuard guard, ManagedProcess broker) {
        out.println("Waiting for the broker…");
        boolean accepting = PortCheck.awaitAccepting(ServiceCatalog.BROKER_PORT, BROKER_TIMEOUT, broker.process()::isAlive);
        if (!accepting) {
            StartupWatcher.Outcome outcome = broker.process().isAlive()
                    ? new StartupWatcher.Outcome.TimedOut(Map.of(ServiceCatalog.BROKER,
                            new Readiness(false, 0, "port " + ServiceCatalog.BROKER_PORT + " not accepting")))
                    : new StartupWatcher.Outcome.Exited(broker, broker.process().exitValue());
            new StartupFailureReport(layout, err).print(outcome);
            guard.stopAll();
            throw new StackException("the broker did not start; stopped it");
        }
        return Duration.between(broker.startedAt(), Instant.now());
    }

    private void printReady(Duration brokerReady, Map<String, Duration> readyAfter, Duration total) {
        Table table = new Table("NAME", "URL", "STATE", "READY AFTER");
        table.row(ServiceCatalog.BROKER, "tcp://127.0.0.1:" + ServiceCatalog.BROKER_PORT, "ready", Table.seconds(brokerReady));
        for (ServiceDefinition service : ServiceCatalog.services()) {
            table.row(service.name(), ServiceCommandLine.url(service), "ready", Table.seconds(readyAfter.get(service.name())));
        }
        table.row("total", "", "", Table.seconds(total));
        out.println("Sigillum is up:");
        table.print(out);
        out.println("Logs: var/logs/ (./sigillum logs <name>). Token: ./sigillum token --role issuer-admin. Stop: ./sigillum down");
    }
}
