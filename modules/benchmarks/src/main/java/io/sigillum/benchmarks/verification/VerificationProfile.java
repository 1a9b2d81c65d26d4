package io.sigillum.benchmarks.verification;

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

/**
 * Flight recordings of the verification service and of key management (which signs every
 * request object) over the timed load, started with {@code jcmd} just before it, and their
 * summaries by component.
 */
final class VerificationProfile {

    /** Covers the few seconds the recordings take to start, and the last presentations in flight. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    private final Map<String, JfrRecording> recordings;

    private VerificationProfile(Map<String, JfrRecording> recordings) {
        this.recordings = recordings;
    }

    /** Starts one recording per service into {@code directory}, each {@code load} plus a little long. */
    static VerificationProfile start(VerificationStack stack, Path directory, Duration load) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Map<String, ServiceProcess> services = Map.of("verification", stack.verification(), "key-management", stack.keyManagement());
        Map<String, JfrRecording> recordings = new LinkedHashMap<>();
        for (String name : new String[] {"verification", "key-management"}) {
            recordings.put(name, JfrRecording.start(services.get(name).handle(), directory.resolve(name + ".jfr"), load.plus(SLACK)));
        }
        return new VerificationProfile(recordings);
    }

    /** Waits for the recordings and prints each one's summary. */
    void print(PrintStream out) throws IOException, InterruptedException {
        for (Map.Entry<String, JfrRecording> recording : recordings.entrySet()) {
            Path file = recording.getValue().await(Duration.ofSeconds(60));
            out.println();
            JfrSummary.of(file).print(out, recording.getKey() + " (" + file + ")", 25);
            if (recording.getKey().equals("verification")) {
                out.println();
                PhaseSummary.of(file).print(out, "verification");
            }
        }
    }
}
