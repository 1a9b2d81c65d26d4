package io.sigillum.devstack.command;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the pid file of one process says, checked against the live processes.
 *
 * @param name    the process name
 * @param pidFile the pid in its pid file, if there is one
 * @param process the live process, present only if it is still the one the stack started
 */
record ProcessState(String name, OptionalLong pidFile, Optional<ProcessHandle> process) {

    boolean running() {
        return process.isPresent();
    }

    /** @return whether a pid file names a process that is gone or is no longer ours */
    boolean stale() {
        return pidFile.isPresent() && process.isEmpty();
    }
}
