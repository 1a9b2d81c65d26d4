package io.sigillum.benchmarks.measure;

import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

import java.util.List;

/**
 * The crypto bounds of a load run: one JMH benchmark operation that makes every public-key
 * operation the services make for one unit of work (an issuance, a presentation), measured on one
 * thread and on one thread per core, with the JDK's provider ({@code provider=jdk}) and with the
 * fast one ({@code provider=active}), through JMH in the run.
 *
 * @param threads      the thread count of the second pair, the machine's cores
 * @param jdkOne       JDK provider, one thread
 * @param fastOne      fast provider, one thread
 * @param jdkAll       JDK provider, one thread per core
 * @param fastAll      fast provider, one thread per core
 */
public record CryptoBounds(int threads, JmhScores.Score jdkOne, JmhScores.Score fastOne, JmhScores.Score jdkAll,
                           JmhScores.Score fastAll) {

    /** The {@code provider} parameter value of the JDK's provider. */
    public static final String JDK = "jdk";
    /** The {@code provider} parameter value of whatever provider the run made active (ACCP where it runs). */
    public static final String ACTIVE = "active";

    /**
     * @param benchmark the JMH class, with a {@code provider} parameter of {@link #JDK} and {@link #ACTIVE}
     * @param operation its benchmark method, one unit of work
     * @param threads   threads of the all-cores runs
     * @param jmhArgs   JMH options over the short defaults
     */
    public static CryptoBounds measure(Class<?> benchmark, String operation, int threads, List<String> jmhArgs)
            throws CommandLineOptionException, RunnerException {
        JmhScores.Scores one = JmhScores.run(benchmark, 1, jmhArgs);
        JmhScores.Scores all = JmhScores.run(benchmark, threads, jmhArgs);
        return new CryptoBounds(threads, one.of(operation, JDK), one.of(operation, ACTIVE), all.of(operation, JDK),
                all.of(operation, ACTIVE));
    }
}
