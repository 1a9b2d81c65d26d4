package io.sigillum.benchmarks.trust;

import io.sigillum.benchmarks.measure.JmhScores;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process rows: {@link TrustEvaluationBenchmark} on one thread and on one thread per core,
 * through JMH in this run, against the fixture the run wrote.
 *
 * @param threads     the thread count of the second pair, the machine's cores
 * @param sameOne     the same chain, one thread
 * @param sameAll     the same chain, one thread per core
 * @param distinctOne distinct leaves, one thread
 * @param distinctAll distinct leaves, one thread per core
 */
record InProcessScores(int threads, JmhScores.Score sameOne, JmhScores.Score sameAll, JmhScores.Score distinctOne,
                       JmhScores.Score distinctAll) {

    /**
     * @param threads threads of the all-cores runs
     * @param fixture the directory {@link EvaluationFixture#write} wrote
     * @param jmhArgs JMH options over the short defaults
     */
    static InProcessScores measure(int threads, Path fixture, List<String> jmhArgs)
            throws CommandLineOptionException, RunnerException {
        List<String> args = new ArrayList<>(jmhArgs);
        args.addAll(List.of("-p", "fixture=" + fixture.toAbsolutePath()));
        JmhScores.Scores one = JmhScores.run(TrustEvaluationBenchmark.class, 1, args);
        JmhScores.Scores all = JmhScores.run(TrustEvaluationBenchmark.class, threads, args);
        return new InProcessScores(threads, one.of("sameChain"), all.of("sameChain"), one.of("distinctLeaves"),
                all.of("distinctLeaves"));
    }
}
