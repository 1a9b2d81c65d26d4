package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.profile.ExecutionSamples;
import io.sigillum.benchmarks.profile.ProfileCategories;
import jdk.jfr.consumer.RecordedFrame;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the verification service's Java time went by phase of a presentation: the execution
 * samples whose stack passes through one of its resource methods (the relying party's two calls,
 * the wallet's two) or, inside the wallet's answer, through one of its steps (decryption, the
 * presentation checks, the row lock, the commit); the rest is request plumbing outside the
 * resource methods (HTTP, JAX-RS routing, security filters, writing answers) or other threads, by
 * name (the calls fault tolerance runs on its own executor land there, outside the resource method).
 * Each phase is broken down by component, as {@link ProfileCategories} names them.
 */
public final class PhaseSummary {

    /** Innermost match wins for steps; the outer phase is the resource method. Order matters: first match. */
    private static final Map<String, String> PHASES = phases();
    private static final Map<String, String> STEPS = steps();

    private final long samples;
    private final Map<String, Map<String, Long>> byPhase;

    private PhaseSummary(long samples, Map<String, Map<String, Long>> byPhase) {
        this.samples = samples;
        this.byPhase = byPhase;
    }

    private static Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        phases.put("io.sigillum.verification.transaction.TransactionsResource.createTransaction", "POST /transactions (relying party)");
        phases.put("io.sigillum.verification.transaction.TransactionsResource.getTransaction", "GET /transactions/{id} (relying party)");
        phases.put("io.sigillum.verification.request.RequestObjectResource.", "POST /requests/{id} (wallet: signed request object)");
        phases.put("io.sigillum.verification.response.ResponseResource.", "POST /responses/{id} (wallet: encrypted answer)");
        return phases;
    }

    private static Map<String, String> steps() {
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("io.sigillum.verification.response.EncryptedResponses.decrypt", "decrypt");
        steps.put("io.sigillum.verification.presentation.LibraryPresentationCheck.check", "presentation checks");
        steps.put("io.sigillum.verification.transaction.PresentationTransactions.lockByRequestId", "row lock + refresh");
        steps.put("io.sigillum.verification.request.RequestObjectSigning.sign", "KMS signing call");
        steps.put("io.sigillum.verification.transaction.ResponseEncryptionKeys.generate", "key generation");
        return steps;
    }

    /** Reads the execution samples of a recording. */
    static PhaseSummary of(Path recording) throws IOException {
        Map<String, Map<String, Long>> byPhase = new TreeMap<>();
        long samples = ExecutionSamples.read(recording, (event, frames) -> {
            String phase = phaseOf(frames, event.getThread("sampledThread") == null ? "?"
                    : event.getThread("sampledThread").getJavaName());
            byPhase.computeIfAbsent(phase, p -> new TreeMap<>()).merge(ExecutionSamples.category(frames), 1L, Long::sum);
        }, event -> { });
        return new PhaseSummary(samples, byPhase);
    }

    private static String phaseOf(List<RecordedFrame> frames, String thread) {
        String phase = null;
        String step = null;
        boolean plumbing = false;
        for (RecordedFrame frame : frames) {
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Map.Entry<String, String> candidate : PHASES.entrySet()) {
                if (phase == null && name.startsWith(candidate.getKey())) {
                    phase = candidate.getValue();
                }
            }
            for (Map.Entry<String, String> candidate : STEPS.entrySet()) {
                if (step == null && name.startsWith(candidate.getKey())) {
                    step = candidate.getValue();
                }
            }
            plumbing |= name.startsWith("io.helidon.webserver.") || name.startsWith("org.glassfish.jersey.");
        }
        if (phase != null) {
            return step == null ? phase + ": the rest" : phase + ": " + step;
        }
        if (plumbing) {
            return "request plumbing outside the resource methods (HTTP, JAX-RS, security filters, answers)";
        }
        // Thread names without their numbers: fault tolerance's executor runs guarded calls, the
        // HTTP client's selector reads answers, H2 writes its file in the background.
        if (thread != null && thread.contains("WebServer socket")) {
            return "request threads, stack cut before the resource method (deeper than JFR's stackdepth)";
        }
        return "other threads: " + (thread == null ? "?" : thread.replaceAll("[0-9]+", "N"));
    }

    /** Prints each phase's share of the samples, and its components. */
    void print(PrintStream out, String title) {
        out.printf(Locale.ROOT, "%s: %,d execution samples by phase (and component within it)%n", title, samples);
        byPhase.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) ->
                        e.getValue().values().stream().mapToLong(Long::longValue).sum()).reversed())
                .forEach(phase -> {
                    long count = phase.getValue().values().stream().mapToLong(Long::longValue).sum();
                    out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * count / samples, phase.getKey());
                    StringBuilder parts = new StringBuilder();
                    phase.getValue().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                            .forEach(part -> parts.append(parts.isEmpty() ? "" : ", ").append(part.getKey()).append(' ')
                                    .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * part.getValue() / samples)));
                    out.println("           " + parts);
                });
    }

    /** Prints the phases of a recording of the verification service: {@code PhaseSummary FILE.jfr}. */
    public static void main(String[] args) throws IOException {
        PhaseSummary.of(Path.of(args[0])).print(System.out, args[0]);
    }
}
