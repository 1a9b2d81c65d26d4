package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.measure.Latencies;

import java.time.Duration;
import java.util.List;

/**
 * What one load measured.
 *
 * @param workload      what was sent
 * @param calls         calls answered 200 within the measured period
 * @param measured      the measured period
 * @param errors        calls not answered 200 (or not answered), warm-up included
 * @param firstError    what the first error was, or null
 * @param latencies     the measured calls' latencies
 * @param serverCpu     CPU time the service used in the measured period
 * @param clientCpu     CPU time this JVM (the load generator) used in it
 * @param samples       one answer per client thread from the measured period, to verify
 */
record LoadResult(Workload workload, long calls, Duration measured, long errors, String firstError,
                  Latencies.Sorted latencies, Duration serverCpu, Duration clientCpu, List<Sample> samples) {

    /**
     * An answer to check.
     *
     * @param call which of the workload's requests it answers
     * @param body the answer's body
     */
    record Sample(int call, byte[] body) {
    }

    /** @return signatures per second in the measured period */
    double signaturesPerSecond() {
        return calls * (double) workload.signaturesPerCall() / seconds(measured);
    }

    /** @return cores the service kept busy on average */
    double serverCores() {
        return seconds(serverCpu) / seconds(measured);
    }

    /** @return cores the load generator kept busy on average */
    double clientCores() {
        return seconds(clientCpu) / seconds(measured);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
