package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.profile.JfrRecording;
import io.sigillum.benchmarks.profile.JfrSummary;
import io.sigillum.benchmarks.service.ServiceProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Flight recordings of the three services over the timed load, started together with
 * {@code jcmd} just before it (so that none of them misses its start), and their summaries.
 */
final class StackProfile {

    /** Covers the few seconds the recordings take to start, and the last issuances in flight. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    private final Map<String, JfrRecording> recordings;

    private StackProfile(Map<String, JfrRecording> recordings) {
        this.recordings = recordings;
    }

    /** Starts one recording per service into {@code directory}, each {@code load} plus a little long. */
    static StackProfile start(IssuanceStack stack, Path directory, Duration load) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        services.put("issuance", stack.issuance());
        services.put("key-management", stack.keyManagement());
        services.put("status", stack.status());
        Map<String, Future<JfrRecording>> starting = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(services.size());
        try {
            services.forEach((name, service) -> starting.put(name, pool.submit(() ->
                    JfrRecording.start(service.handle(), directory.resolve(name + ".jfr"), load.plus(SLACK)))));
            Map<String, JfrRecording> recordings = new LinkedHashMap<>();
            for (Map.Entry<String, Future<JfrRecording>> recording : starting.entrySet()) {
                recordings.put(recording.getKey(), recording.getValue().get());
            }
            return new StackProfile(recordings);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a recording did not start: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for the recordings and prints each one's summary. */
    void print(PrintStream out) throws IOException, InterruptedException {
        for (Map.Entry<String, JfrRecording> recording : recordings.entrySet()) {
            Path file = recording.getValue().await(Duration.ofSeconds(60));
            out.println();
            JfrSummary.of(file).print(out, recording.getKey() + " (" + file + ")", 20);
        }
    }
}
