package io.sigillum.devstack.command;

import io.sigillum.devstack.process.PidFiles;
import io.sigillum.devstack.process.ProcessTreeStopper;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code down}: stops every process named by a pid file that is still the stack's own. The
 * services go first, all together, so they can close their broker sessions; the broker last.
 */
public final class DownCommand {

    private final StackLayout layout;
    private final PrintStream out;

    public DownCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** @return the exit code: 0, also when nothing was running */
    public int run() {
        RunningProcesses running = new RunningProcesses(layout);
        List<ProcessState> states = running.read();
        for (String stale : running.removeStalePidFiles()) {
            out.println("Removed the stale pid file of " + stale + " (its process is gone or is not ours).");
        }
        Map<String, ProcessHandle> services = new LinkedHashMap<>();
        Map<String, ProcessHandle> broker = new LinkedHashMap<>();
        for (ProcessState state : states) {
            state.process().ifPresent(p -> (state.name().equals(ServiceCatalog.BROKER) ? broker : services).put(state.name(), p));
        }
        if (services.isEmpty() && broker.isEmpty()) {
            out.println("Nothing is running.");
            return 0;
        }
        List<ProcessTreeStopper.Stopped> stopped = new ArrayList<>();
        stopped.addAll(ProcessTreeStopper.stop(services, ProcessTreeStopper.DEFAULT_GRACE));
        stopped.addAll(ProcessTreeStopper.stop(broker, ProcessTreeStopper.DEFAULT_GRACE));
        for (ProcessTreeStopper.Stopped process : stopped) {
            PidFiles.delete(layout.pidFile(process.name()));
            out.println("Stopped " + process.name() + " (pid " + process.pid() + ")"
                    + (process.forced() ? ", killed after " + ProcessTreeStopper.DEFAULT_GRACE.toSeconds() + " s" : ""));
        }
        return 0;
    }
}
