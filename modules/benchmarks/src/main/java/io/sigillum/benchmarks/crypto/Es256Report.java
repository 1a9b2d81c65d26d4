package io.sigillum.benchmarks.crypto;

import io.sigillum.crypto.provider.ActiveProvider;
import io.sigillum.crypto.provider.CryptoProviders;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the benchmarks with JMH's own command-line options (default: the ES256 ones), then
 * prints ES256 operations per second with each provider and the ratio active/JDK.
 */
public final class Es256Report {

    private Es256Report() {
    }

    /**
     * @param args JMH options, e.g. {@code Es256 -f 1 -wi 2 -i 3}
     * @throws CommandLineOptionException on options JMH does not know
     * @throws RunnerException            when a benchmark fails
     * @throws IOException                when JMH cannot list what it was asked to
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions command = new CommandLineOptions(args);
        if (command.shouldHelp() || command.shouldList() || command.shouldListProfilers()
                || command.shouldListResultFormats() || command.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        OptionsBuilder builder = new OptionsBuilder();
        if (command.getIncludes().isEmpty()) {
            builder.include(Es256Benchmark.class.getSimpleName());
        }
        Options options = builder.parent(command).build();
        Collection<RunResult> results = new Runner(options).run();
        print(results, CryptoProviders.install());
    }

    private static void print(Collection<RunResult> results, ActiveProvider active) {
        Map<String, Map<String, Double>> scores = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            if (!label.startsWith(Es256Benchmark.class.getName())) {
                continue;
            }
            String operation = label.substring(label.lastIndexOf('.') + 1);
            String provider = result.getParams().getParam("provider");
            scores.computeIfAbsent(operation, k -> new TreeMap<>())
                    .put(provider, result.getPrimaryResult().getScore());
        }
        if (scores.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("ES256, P-256, 600-byte message, one thread; active provider: " + active);
        System.out.printf(Locale.ROOT, "%-8s %14s %14s %8s%n", "op", "jdk ops/s", "active ops/s", "ratio");
        scores.forEach((operation, byProvider) -> {
            Double jdk = byProvider.get(Es256Benchmark.JDK);
            Double fast = byProvider.get(Es256Benchmark.ACTIVE);
            System.out.printf(Locale.ROOT, "%-8s %14s %14s %8s%n", operation, format(jdk), format(fast),
                    jdk == null || fast == null ? "-" : String.format(Locale.ROOT, "%.1fx", fast / jdk));
        });
    }

    private static String format(Double score) {
        return score == null ? "-" : String.format(Locale.ROOT, "%,.0f", score);
    }
}
