package io.sigillum.devstack.process;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a pid read from a pid file still belongs to the process the stack started.
 * Pids are reused once a process exits, so a stale pid file could otherwise make {@code down}
 * signal an unrelated process.
 */
public final class ProcessOwnership {

    private ProcessOwnership() {
    }

    /**
     * @param process the live process with that pid, if any
     * @param markers strings the stack's process has in its command line (its jar, its broker dir)
     * @return whether the process is alive and its command line holds every marker
     */
    public static boolean isOurs(Optional<ProcessHandle> process, List<String> markers) {
        return process.filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().commandLine())
                .map(commandLine -> matches(commandLine, markers))
                .orElse(false);
    }

    /**
     * @param commandLine a process's command line
     * @param markers     strings that must all appear in it
     * @return whether they all do (never for an empty marker list)
     */
    public static boolean matches(String commandLine, List<String> markers) {
        return !markers.isEmpty() && markers.stream().allMatch(commandLine::contains);
    }
}
