package io.sigillum.benchmarks.measure;

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
 * The in-process baselines of a load run: one JMH benchmark class whose methods are measured, per
 * {@code provider} parameter (the JDK's, the active fast one) where the class has one, run from
 * this process through JMH's runner API (JMH forks as usual), with short settings unless the
 * command line says otherwise.
 */
public final class JmhScores {

    /** Short settings, each overridable by the same JMH option on the command line. */
    private static final List<List<String>> DEFAULTS = List.of(
            List.of("-f", "1"), List.of("-wi", "1"), List.of("-i", "3"), List.of("-w", "2s"), List.of("-r", "3s"));

    /** The settings a run uses when the command line gives none: {@code -f 1 -wi 1 -i 3 -w 2s -r 3s}. */
    public static final String DEFAULT_SETTINGS = "-f 1 -wi 1 -i 3 -w 2s -r 3s";

    /**
     * One benchmark's result.
     *
     * @param opsPerSecond the mean, over all of JMH's threads
     * @param error        JMH's error margin at 99.9% confidence, or NaN with too few iterations
     */
    public record Score(double opsPerSecond, double error) {
    }

    /** Scores by benchmark method (e.g. {@code sign}) and {@code provider} parameter, if any. */
    public record Scores(Map<String, Score> byOperationAndProvider) {

        /** @return the score, or null when it was not measured */
        public Score of(String operation, String provider) {
            return byOperationAndProvider.get(key(operation, provider));
        }

        /** @return the score of a benchmark without a {@code provider} parameter, or null when it was not measured */
        public Score of(String operation) {
            return of(operation, null);
        }
    }

    private JmhScores() {
    }

    /**
     * @param benchmark the JMH benchmark class
     * @param threads   JMH's {@code -t} (unless the command line gives one)
     * @param jmhArgs   JMH options over the defaults
     * @throws CommandLineOptionException for options JMH does not know
     * @throws RunnerException            when a benchmark fails
     */
    public static Scores run(Class<?> benchmark, int threads, List<String> jmhArgs)
            throws CommandLineOptionException, RunnerException {
        List<String> args = new ArrayList<>();
        for (List<String> option : DEFAULTS) {
            if (!jmhArgs.contains(option.get(0))) {
                args.addAll(option);
            }
        }
        if (!jmhArgs.contains("-t")) {
            args.addAll(List.of("-t", Integer.toString(threads)));
        }
        args.addAll(jmhArgs);
        CommandLineOptions command = new CommandLineOptions(args.toArray(String[]::new));
        OptionsBuilder builder = new OptionsBuilder();
        if (command.getIncludes().isEmpty()) {
            builder.include(Pattern.quote(benchmark.getName()) + "\\.");
        }
        Map<String, Score> scores = new HashMap<>();
        for (RunResult result : new Runner(builder.parent(command).build()).run()) {
            String name = result.getParams().getBenchmark();
            String operation = name.substring(name.lastIndexOf('.') + 1);
            scores.put(key(operation, result.getParams().getParam("provider")),
                    new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
        }
        return new Scores(Map.copyOf(scores));
    }

    private static String key(String operation, String provider) {
        return provider == null ? operation : operation + "/" + provider;
    }
}
