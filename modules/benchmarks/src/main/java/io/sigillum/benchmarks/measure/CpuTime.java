package io.sigillum.benchmarks.measure;

import java.time.Duration;

/** The CPU time a process has used so far, as the operating system tells it. */
public final class CpuTime {

    private CpuTime() {
    }

    /** @return the process's total CPU time, or zero where the system does not tell */
    public static Duration of(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
