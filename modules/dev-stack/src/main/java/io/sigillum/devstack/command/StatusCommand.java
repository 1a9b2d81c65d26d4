package io.sigillum.devstack.command;

import io.sigillum.devstack.health.Readiness;
import io.sigillum.devstack.health.ReadinessClient;
import io.sigillum.devstack.process.PortCheck;
import io.sigillum.devstack.secrets.StackSecrets;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceCommandLine;
import io.sigillum.devstack.stack.ServiceDefinition;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;

/** {@code status}: each process, whether it runs, and what its readiness check says. */
public final class StatusCommand {

    /** Exit code when not every process is running and ready. */
    public static final int NOT_READY = 3;

    private final StackLayout layout;
    private final PrintStream out;

    public StatusCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** @return 0 if every process is running and ready, {@link #NOT_READY} otherwise */
    public int run() {
        RunningProcesses running = new RunningProcesses(layout);
        Optional<ReadinessClient> client = StackSecrets.load(layout)
                .filter(secrets -> Files.exists(layout.trustStore()))
                .map(secrets -> new ReadinessClient(layout.trustStore(), secrets.tlsPassword()));
        Table table = new Table("NAME", "PID", "PROCESS", "READY", "URL");
        boolean allReady = true;
        for (ProcessState state : running.read()) {
            String pid = state.process().map(p -> Long.toString(p.pid())).orElse("-");
            String process = state.running() ? "running" : state.stale() ? "gone (stale pid file)" : "stopped";
            Health health = health(state, client);
            allReady &= health.ready();
            table.row(state.name(), pid, process, health.summary(), url(state.name()));
        }
        table.print(out);
        out.println(allReady ? "All ready." : "Not all ready: ./sigillum up starts the stack, ./sigillum logs <name> shows why one failed.");
        return allReady ? 0 : NOT_READY;
    }

    private record Health(boolean ready, String summary) {
    }

    private Health health(ProcessState state, Optional<ReadinessClient> client) {
        if (!state.running()) {
            return new Health(false, "-");
        }
        if (state.name().equals(ServiceCatalog.BROKER)) {
            boolean accepting = PortCheck.accepts(ServiceCatalog.BROKER_PORT);
            return new Health(accepting, accepting ? "UP (accepting)" : "not accepting");
        }
        if (client.isEmpty()) {
            return new Health(false, "unknown (no var/pki)");
        }
        ServiceDefinition service = ServiceCatalog.service(state.name()).orElseThrow();
        Readiness readiness = client.get().probe(URI.create(ServiceCommandLine.url(service)));
        String summary = readiness.answered() && !readiness.ready()
                ? readiness.statusCode() + " " + readiness.summary() : readiness.summary();
        return new Health(readiness.ready(), summary);
    }

    private static String url(String name) {
        return ServiceCatalog.service(name).map(ServiceCommandLine::url)
                .orElse("tcp://127.0.0.1:" + ServiceCatalog.BROKER_PORT);
    }
}
