package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.crypto.Es256Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The baselines of a load run: {@link Es256Benchmark}'s ES256 sign and verify, one thread, with the
 * JDK's provider and with the active (fast) one, run in this process through JMH's runner API.
 */
final class RawBaselines {

    /** Short settings, each overridable by the same JMH option on the command line. */
    private static final List<List<String>> DEFAULTS = List.of(
            List.of("-f", "1"), List.of("-wi", "1"), List.of("-i", "3"), List.of("-w", "2s"), List.of("-r", "3s"));

    /**
     * One benchmark's result.
     *
     * @param opsPerSecond the mean
     * @param error        JMH's error margin at 99.9% confidence, or NaN with too few iterations
     */
    record Score(double opsPerSecond, double error) {
    }

    /** Scores by operation ({@code sign}, {@code verify}) and provider ({@link Es256Benchmark#JDK}, {@link Es256Benchmark#ACTIVE}). */
    record Scores(Map<String, Score> byOperationAndProvider) {

        /** @return the score, or null when it was not measured */
        Score of(String operation, String provider) {
            return byOperationAndProvider.get(operation + "/" + provider);
        }
    }

    private RawBaselines() {
    }

    /**
     * @param jmhArgs JMH options over the defaults
     * @throws CommandLineOptionException for options JMH does not know
     * @throws RunnerException            when a benchmark fails
     */
    static Scores run(List<String> jmhArgs) throws CommandLineOptionException, RunnerException {
        List<String> args = new ArrayList<>();
        for (List<String> option : DEFAULTS) {
            if (!jmhArgs.contains(option.get(0))) {
                args.addAll(option);
            }
        }
        args.addAll(jmhArgs);
        CommandLineOptions command = new CommandLineOptions(args.toArray(String[]::new));
        OptionsBuilder builder = new OptionsBuilder();
        if (command.getIncludes().isEmpty()) {
            builder.include(Pattern.quote(Es256Benchmark.class.getName()) + "\\.");
        }
        Map<String, Score> scores = new HashMap<>();
        for (RunResult result : new Runner(builder.parent(command).build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            scores.put(operation + "/" + result.getParams().getParam("provider"),
                    new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
        }
        return new Scores(Map.copyOf(scores));
    }
}
