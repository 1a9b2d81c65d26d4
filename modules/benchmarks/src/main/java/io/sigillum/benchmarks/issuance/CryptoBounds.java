package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.JmhScores;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

import java.util.List;

/**
 * The crypto bounds of an issuance run: {@link IssuanceCryptoBenchmark} on one thread and on one
 * thread per core, with the JDK's provider and with the fast one, through JMH in this run.
 *
 * @param threads      the thread count of the second pair, the machine's cores
 * @param jdkOne       JDK provider, one thread
 * @param fastOne      fast provider, one thread
 * @param jdkAll       JDK provider, one thread per core
 * @param fastAll      fast provider, one thread per core
 */
record CryptoBounds(int threads, JmhScores.Score jdkOne, JmhScores.Score fastOne, JmhScores.Score jdkAll,
                    JmhScores.Score fastAll) {

    private static final String OPERATION = "issuance";

    /**
     * @param threads  threads of the all-cores runs
     * @param jmhArgs  JMH options over the short defaults
     */
    static CryptoBounds measure(int threads, List<String> jmhArgs) throws CommandLineOptionException, RunnerException {
        JmhScores.Scores one = JmhScores.run(IssuanceCryptoBenchmark.class, 1, jmhArgs);
        JmhScores.Scores all = JmhScores.run(IssuanceCryptoBenchmark.class, threads, jmhArgs);
        return new CryptoBounds(threads, one.of(OPERATION, IssuanceCryptoBenchmark.JDK),
                one.of(OPERATION, IssuanceCryptoBenchmark.ACTIVE), all.of(OPERATION, IssuanceCryptoBenchmark.JDK),
                all.of(OPERATION, IssuanceCryptoBenchmark.ACTIVE));
    }
}
