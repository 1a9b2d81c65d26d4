package io.sigillum.devstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one process of the stack.
 *
 * @param name             the process name (log and pid file)
 * @param command          the command and its arguments; never a secret, since {@code ps} shows them
 * @param environment      variables added to the launcher's own; where secrets go
 * @param workingDirectory where the process runs
 * @param logFile          where stdout and stderr are appended
 * @param pidFile          where the pid is written
 * @param ownershipMarkers strings its command line contains, which {@link ProcessOwnership} checks
 *                         before anything signals a pid read back from the pid file
 */
public record LaunchSpec(String name, List<String> command, Map<String, String> environment,
                         Path workingDirectory, Path logFile, Path pidFile, List<String> ownershipMarkers) {

    /** Copies the collections. */
    public LaunchSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        ownershipMarkers = List.copyOf(ownershipMarkers);
        if (ownershipMarkers.isEmpty()) {
            throw new IllegalArgumentException("a process needs at least one ownership marker");
        }
    }

    /** Keeps secrets in the environment out of logs and exception messages. */
    @Override
    public String toString() {
        return "LaunchSpec[" + name + " " + command + ", environment " + environment.keySet() + "]";
    }
}
