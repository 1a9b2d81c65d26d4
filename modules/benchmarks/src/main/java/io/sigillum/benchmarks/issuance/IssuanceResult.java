package io.sigillum.benchmarks.issuance;

import io.sigillum.benchmarks.measure.Latencies;
import io.sigillum.benchmarks.measure.WindowCpu;

import java.time.Duration;
import java.util.List;

/**
 * What one load of issuances measured.
 *
 * @param issuances      full issuances answered within the measured window
 * @param measured       the measured window
 * @param errors         issuances that failed (the unmeasured start included)
 * @param firstError     what the first failure was, or null
 * @param ranOut         whether a wallet found no offer left before the window ended
 * @param latencies      the measured issuances' latencies, token request sent to credential read
 * @param cpu            CPU time each process used in the window, by name (the services, the load generator)
 * @param nonceRefusals  requests refused with {@code use_dpop_nonce} (and sent again) in the whole load
 * @param samples        one credential per wallet from the window, to check
 */
record IssuanceResult(long issuances, Duration measured, long errors, String firstError, boolean ranOut,
                      Latencies.Sorted latencies, WindowCpu cpu, long nonceRefusals, List<String> samples) {

    /** @return full issuances per second in the window */
    double perSecond() {
        return issuances / seconds(measured);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
