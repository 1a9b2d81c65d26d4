package io.sigillum.benchmarks.measure;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time each process used in a measured window, by name, and what it comes to: the cores
 * each kept busy on average and the CPU it spent per unit of work.
 *
 * @param cpu      CPU time per process, in the order the processes were named
 * @param measured the window
 */
public record WindowCpu(Map<String, Duration> cpu, Duration measured) {

    /** @return the cores a process kept busy on average in the window */
    public double cores(String process) {
        return seconds(cpu.getOrDefault(process, Duration.ZERO)) / seconds(measured);
    }

    /** @return milliseconds of a process's CPU per unit of work, NaN when there was none */
    public double millisPer(String process, long units) {
        return units == 0 ? Double.NaN : cpu.getOrDefault(process, Duration.ZERO).toNanos() / 1e6 / units;
    }

    /** @return e.g. {@code kms 0.41, clients 0.30 (together 0.71 of 2)} */
    public String coresLine() {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (String process : cpu.keySet()) {
            double cores = cores(process);
            total += cores;
            line.append(line.isEmpty() ? "" : ", ").append(process).append(' ').append(String.format(Locale.ROOT, "%.2f", cores));
        }
        return line + String.format(Locale.ROOT, " (together %.2f of %d)", total, Runtime.getRuntime().availableProcessors());
    }

    /** @return e.g. {@code kms 1.2 ms, clients 0.8 ms (together 2.0 ms)} */
    public String millisPerLine(long units) {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (String process : cpu.keySet()) {
            double millis = millisPer(process, units);
            total += millis;
            line.append(line.isEmpty() ? "" : ", ").append(process).append(' ').append(String.format(Locale.ROOT, "%.1f ms", millis));
        }
        return line + String.format(Locale.ROOT, " (together %.1f ms)", total);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
