package io.sigillum.devstack.process;

import java.time.Instant;

/**
 * A process this launcher started.
 *
 * @param spec      how it was started
 * @param process   the running child
 * @param logOffset the size of its log before it started, so only its own lines are read back
 * @param startedAt when it was started
 */
public record ManagedProcess(LaunchSpec spec, Process process, long logOffset, Instant startedAt) {

    public String name() {
        return spec.name();
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }
}
