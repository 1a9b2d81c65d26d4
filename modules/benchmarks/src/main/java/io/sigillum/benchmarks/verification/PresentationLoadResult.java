package io.sigillum.benchmarks.verification;

import io.sigillum.benchmarks.measure.Latencies;
import io.sigillum.benchmarks.measure.WindowCpu;

import java.time.Duration;

/**
 * What one load of presentations measured.
 *
 * @param presentations presentations the relying party read as verified within the measured window
 * @param measured      the measured window
 * @param errors        presentations that failed (the unmeasured start included)
 * @param firstError    what the first failure was, or null
 * @param latencies     the measured presentations' latencies, transaction opened to outcome read
 * @param cpu           CPU time each process used in the window, by name (the services, the clients)
 */
record PresentationLoadResult(long presentations, Duration measured, long errors, String firstError,
                              Latencies.Sorted latencies, WindowCpu cpu) {

    /** @return verified presentations per second in the window */
    double perSecond() {
        return presentations / seconds(measured);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
