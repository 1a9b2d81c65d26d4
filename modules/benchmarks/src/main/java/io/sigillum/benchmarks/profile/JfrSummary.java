package io.sigillum.benchmarks.profile;

import jdk.jfr.consumer.RecordedMethod;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a recording's Java time went: its execution samples ({@code jdk.ExecutionSample}, Java
 * code running on a CPU; time in native code such as the fast provider's signing is not sampled)
 * by category of the innermost frame that belongs to one ({@link ProfileCategories}), and the
 * hottest methods by own samples.
 *
 * <p>Beside them, the process's CPU by kind of thread ({@code jdk.ThreadCPULoad}): compiler
 * threads (the JIT still at work), the VM thread (the serial collector's pauses) and the rest
 * (request handling, including native signing).
 *
 * @param samples    how many execution samples the recording holds
 * @param categories samples per category, largest first
 * @param methods    own samples per method (the top frame), largest first
 * @param threadCpu  mean share of the machine's CPU per kind of thread, largest first
 */
public record JfrSummary(long samples, Map<String, Long> categories, Map<String, Long> methods,
                         Map<String, Double> threadCpu) {

    /**
     * Prints the summary of each recording named: {@code java -cp benchmarks.jar
     * io.sigillum.benchmarks.profile.JfrSummary FILE.jfr…}.
     */
    public static void main(String[] args) throws IOException {
        for (String file : args) {
            of(Path.of(file)).print(System.out, file, 40);
        }
    }

    /** Reads a recording. */
    public static JfrSummary of(Path recording) throws IOException {
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> methods = new HashMap<>();
        Map<String, double[]> threadLoads = new HashMap<>();
        long samples = ExecutionSamples.read(recording, (event, frames) -> {
            methods.merge(name(frames.getFirst().getMethod()), 1L, Long::sum);
            categories.merge(ExecutionSamples.category(frames), 1L, Long::sum);
        }, event -> {
            if (event.getEventType().getName().equals("jdk.ThreadCPULoad") && event.getThread("eventThread") != null) {
                double[] sum = threadLoads.computeIfAbsent(event.getThread("eventThread").getJavaName() + "#"
                        + event.getThread("eventThread").getOSThreadId(), k -> new double[2]);
                sum[0] += event.getFloat("user") + event.getFloat("system");
                sum[1]++;
            }
        });
        Map<String, Double> threadCpu = new HashMap<>();
        threadLoads.forEach((thread, sum) -> threadCpu.merge(kind(thread), sum[0] / sum[1], Double::sum));
        Map<String, Double> sortedCpu = new LinkedHashMap<>();
        threadCpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sortedCpu.put(e.getKey(), e.getValue()));
        return new JfrSummary(samples, sorted(categories), sorted(methods), sortedCpu);
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 CompilerThread") || thread.startsWith("C2 CompilerThread")) {
            return "JIT compiler threads";
        }
        if (thread.startsWith("VM Thread") || thread.startsWith("GC Thread")) {
            return "VM thread (garbage collection)";
        }
        return "all other threads (requests, outbound calls, database, …)";
    }

    /** Prints the categories and the top methods, as shares of the samples. */
    public void print(PrintStream out, String title, int topMethods) {
        out.printf(Locale.ROOT, "%s: %,d execution samples%n", title, samples);
        double cpu = threadCpu.values().stream().mapToDouble(Double::doubleValue).sum();
        out.println("  CPU by kind of thread (jdk.ThreadCPULoad, share of this process's CPU):");
        threadCpu.forEach((kind, load) -> out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100 * load / cpu, kind));
        out.println("  by category (innermost frame that has one):");
        categories.forEach((category, count) -> out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * count / samples, category));
        out.println("  hottest methods (own samples):");
        methods.entrySet().stream().limit(topMethods).forEach(e ->
                out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
