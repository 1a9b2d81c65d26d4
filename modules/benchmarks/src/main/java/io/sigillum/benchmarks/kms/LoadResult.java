package io.sigillum.benchmarks.kms;

import io.sigillum.benchmarks.measure.HttpLoad;
import io.sigillum.benchmarks.measure.Latencies;

import java.util.List;

/**
 * What one signing load measured: the shared {@link HttpLoad.Result} and the workload it sent.
 *
 * @param workload what was sent
 * @param load     what the load measured
 */
record LoadResult(Workload workload, HttpLoad.Result load) {

    /** @return signatures per second in the measured period */
    double signaturesPerSecond() {
        return load.callsPerSecond() * workload.signaturesPerCall();
    }

    long errors() {
        return load.errors();
    }

    String firstError() {
        return load.firstError();
    }

    Latencies.Sorted latencies() {
        return load.latencies();
    }

    List<HttpLoad.Sample> samples() {
        return load.samples();
    }

    double serverCores() {
        return load.serverCores();
    }

    double clientCores() {
        return load.clientCores();
    }
}
