package io.sigillum.devstack.command;

import io.sigillum.devstack.health.Readiness;
import io.sigillum.devstack.health.ReadinessClient;
import io.sigillum.devstack.process.ManagedProcess;
import io.sigillum.devstack.process.Sleep;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Polls every starting service's readiness until all answer 200, one exits, or time runs out.
 */
final class StartupWatcher {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /** How the wait ended. */
    sealed interface Outcome {
        /** Everyone is ready; the seconds each took from its own start. */
        record AllReady(Map<String, Duration> readyAfter) implements Outcome {
        }

        /** A process exited before it was ready. */
        record Exited(ManagedProcess process, int exitCode) implements Outcome {
        }

        /** The deadline passed; the last answer of each process that was not ready. */
        record TimedOut(Map<String, Readiness> notReady) implements Outcome {
        }
    }

    private final ReadinessClient client;

    StartupWatcher(ReadinessClient client) {
        this.client = client;
    }

    /**
     * @param processes name to process and its base URL
     * @param deadline  when to give up
     */
    Outcome await(Map<ManagedProcess, URI> processes, Instant deadline) {
        Map<ManagedProcess, URI> pending = new LinkedHashMap<>(processes);
        Map<String, Duration> readyAfter = new LinkedHashMap<>();
        Map<String, Readiness> last = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            Optional<ManagedProcess> exited = pending.keySet().stream().filter(p -> !p.process().isAlive()).findFirst();
            if (exited.isPresent()) {
                return new Outcome.Exited(exited.get(), exited.get().process().exitValue());
            }
            for (var entry : Map.copyOf(pending).entrySet()) {
                Readiness readiness = client.probe(entry.getValue());
                last.put(entry.getKey().name(), readiness);
                if (readiness.ready()) {
                    readyAfter.put(entry.getKey().name(), Duration.between(entry.getKey().startedAt(), Instant.now()));
                    pending.remove(entry.getKey());
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (Instant.now().isAfter(deadline) || Thread.currentThread().isInterrupted()) {
                Map<String, Readiness> notReady = new LinkedHashMap<>();
                pending.keySet().forEach(p -> notReady.put(p.name(), last.get(p.name())));
                return new Outcome.TimedOut(notReady);
            }
            Sleep.millis(POLL_INTERVAL.toMillis());
        }
        return new Outcome.AllReady(readyAfter);
    }
}
