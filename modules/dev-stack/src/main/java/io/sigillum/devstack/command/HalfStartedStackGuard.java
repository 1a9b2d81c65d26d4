package io.sigillum.devstack.command;

import io.sigillum.devstack.process.ManagedProcess;
import io.sigillum.devstack.process.PidFiles;
import io.sigillum.devstack.process.ProcessTreeStopper;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers what {@code up} started until the whole stack is ready. If start-up fails, or the
 * launcher is interrupted (Ctrl-C, SIGTERM), it stops all of it, descendants included, so a
 * half-started stack is never left behind. Once disarmed, the processes are left running.
 */
final class HalfStartedStackGuard implements AutoCloseable {

    private final List<ManagedProcess> started = new ArrayList<>();
    private final PrintStream err;
    private final Thread hook;
    private boolean armed = true;

    HalfStartedStackGuard(PrintStream err) {
        this.err = err;
        this.hook = new Thread(this::interrupted, "sigillum-startup-guard");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized void add(ManagedProcess process) {
        started.add(process);
    }

    /** Stops everything started so far: all get SIGTERM together, then the grace period. */
    synchronized List<ProcessTreeStopper.Stopped> stopAll() {
        if (started.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        for (ManagedProcess process : started) {
            processes.put(process.name(), process.handle());
        }
        List<ProcessTreeStopper.Stopped> stopped = ProcessTreeStopper.stop(processes, ProcessTreeStopper.DEFAULT_GRACE);
        started.forEach(process -> PidFiles.delete(process.spec().pidFile()));
        started.clear();
        return stopped;
    }

    /** The stack is up: leave the processes running when the launcher exits. */
    synchronized void disarm() {
        armed = false;
        started.clear();
    }

    private void interrupted() {
        boolean stopping;
        synchronized (this) {
            stopping = armed && !started.isEmpty();
        }
        if (stopping) {
            err.println("sigillum: interrupted; stopping what was started");
            stopAll();
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs (or ran) and does the clean-up.
        }
    }
}
